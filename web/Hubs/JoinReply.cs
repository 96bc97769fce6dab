using Laboratori.Contracts;
using Laboratori.Web.Api;

namespace Laboratori.Web.Hubs;

/// <summary>
/// The answer to <c>Join</c>: the lab, who you are in it, and either the canvas now (<see cref="State"/>) or the events
/// after the seq you already hold (<see cref="Events"/>); or only <see cref="Error"/>.
/// </summary>
public sealed record JoinReply(LabView? Lab, MemberView? You, CanvasSnapshot? State, EventPage? Events, CanvasError? Error)
{
    /// <summary>The server's clock when it answered, so that clients can show the facilitator's countdown right whatever their own clock says.</summary>
    public DateTimeOffset? ServerTime { get; init; }

    /// <summary>The server's limits on input (text length, cards, links…), so that clients check against these and not a copy.</summary>
    public ClientLimits? Limits { get; init; }

    public static JoinReply Failed(CanvasError error) => new(null, null, null, null, error);
}
