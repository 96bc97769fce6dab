namespace Laboratori.Web.Api;

/// <summary>Who the token belongs to, as the server sees it now.</summary>
public sealed record MeResponse(string UserId, string Role, string DisplayName, string? LabId);
