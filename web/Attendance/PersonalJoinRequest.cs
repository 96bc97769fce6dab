namespace Laboratori.Web.Attendance;

/// <summary>A participant opening their personal link: its secret, and the version of the privacy notice they read.</summary>
public sealed record PersonalJoinRequest(string? Token, string? PrivacyVersion = null);
