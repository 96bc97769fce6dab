namespace Laboratori.Web.Api;

/// <summary>Sign-in of a staff member.</summary>
public sealed record LoginRequest(string? UserName, string? Password);
