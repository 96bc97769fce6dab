using Laboratori.Contracts;

namespace Laboratori.Web.Auth;

/// <summary>What a token says: who, in which role, for which lab (participants only), until when.</summary>
public sealed record TokenClaims(string Sub, Role Role, string Name, string? Lab, DateTimeOffset Exp);
