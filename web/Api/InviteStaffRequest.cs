namespace Laboratori.Web.Api;

/// <summary>A new staff account: user name, name shown to others, and one of the staff roles.</summary>
public sealed record InviteStaffRequest(string? UserName, string? DisplayName, string? Role);
