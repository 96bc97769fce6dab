namespace Laboratori.Web.Attendance;

/// <summary>A participant opening their personal link: its secret is all they send.</summary>
public sealed record PersonalJoinRequest(string? Token);
