namespace Laboratori.Web.Programmes;

/// <summary>A lab as the workspace lists it: where it belongs, whether it is closed, and the caller's role in it.</summary>
public sealed record LabSummary(string Id, string Title, string Theme, string? ProgrammeId, string? EdizioneId, bool Closed, int Enrolled, DateTimeOffset CreatedAt, string Role);
