using Laboratori.Grains.Canvas;

namespace Laboratori.Web.Hubs;

/// <summary>
/// The limits a client needs to refuse input before sending it (and to say why with the server's own figure), sent in
/// <see cref="JoinReply.Limits"/> so that the browser never carries a copy of <see cref="LabLimits"/> of its own.
/// </summary>
public sealed record ClientLimits(
    int MaxTextLength,
    int MaxTitleLength,
    int MaxCards,
    int MaxLinks,
    int MaxCommentsPerCard,
    int MaxThemes,
    int MaxVoteBudget,
    double OperationsPerSecond,
    int OperationsBurst)
{
    public static ClientLimits From(LabLimits limits) => new(
        limits.MaxTextLength,
        limits.MaxTitleLength,
        limits.MaxCards,
        limits.MaxLinks,
        limits.MaxCommentsPerCard,
        limits.MaxThemes,
        limits.MaxVoteBudget,
        limits.OperationsPerSecond,
        limits.OperationsBurst);
}
