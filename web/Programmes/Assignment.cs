namespace Laboratori.Web.Programmes;

/// <summary>
/// A staff account's role in part of a programme: coordinator or trainer of the whole programme, or facilitator,
/// tutor or trainer of one edizione (and so of its labs).
/// </summary>
public sealed class Assignment
{
    public string Id { get; set; } = string.Empty;

    public string UserId { get; set; } = string.Empty;

    public string Role { get; set; } = string.Empty;

    public string ProgrammeId { get; set; } = string.Empty;

    /// <summary>Empty for a role over the whole programme.</summary>
    public string EdizioneId { get; set; } = string.Empty;
}
