namespace Laboratori.Web.Programmes;

/// <summary>
/// Gives a staff account a role in a programme: <c>coordinator</c> or <c>trainer</c> of the whole programme, or
/// <c>facilitator</c>, <c>tutor</c> or <c>trainer</c> of the edizione <c>EdizioneId</c>.
/// </summary>
public sealed record AssignmentRequest(string? UserId, string? Role, string? EdizioneId);
