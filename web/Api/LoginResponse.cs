using Laboratori.Contracts;

namespace Laboratori.Web.Api;

/// <summary>A staff member's token, its account role and when it expires.</summary>
public sealed record LoginResponse(string Token, string UserId, string Role, string DisplayName, DateTimeOffset ExpiresAt);
