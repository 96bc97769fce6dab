using Laboratori.Contracts;

namespace Laboratori.Web.Api;

/// <summary>A staff member's token.</summary>
public sealed record LoginResponse(string Token, string UserId, string Role, string DisplayName);
