using Laboratori.Contracts;

namespace Laboratori.Web.Auth;

/// <summary>
/// A token that is not a staff account's session: who, in which role, for which lab, until when. Participant tokens
/// (and other lab-scoped tokens) are issued from these; they end when they expire or when the lab removes the member.
/// </summary>
public sealed record TokenClaims(string Sub, Role Role, string Name, string? Lab, DateTimeOffset Exp);
