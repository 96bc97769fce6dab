namespace Laboratori.Web.Attendance;

/// <summary>Two identities of one person: <see cref="MergedId"/> is folded into <see cref="KeptId"/>.</summary>
public sealed record MergeRequest(string? KeptId, string? MergedId);
