namespace Laboratori.Web.Api;

/// <summary>A password chosen from an invitation or reset link (its <c>user</c> and <c>token</c> parameters).</summary>
public sealed record SetPasswordRequest(string? UserId, string? Token, string? Password);
