using Laboratori.Contracts;

namespace Laboratori.Web.Api;

/// <summary>A participant joining with a join code; no account needed.</summary>
public sealed record JoinRequest(string? Code, string? DisplayName, string? Organisation, string? Sector);
