using Laboratori.Contracts;

namespace Laboratori.Web.Api;

/// <summary>A participant joining with a join code; no account needed.</summary>
/// <remarks>
/// When the name and organisation match someone already in the lab's list, the join answers <c>adherent_match</c>
/// with that person's id: sending it back as <see cref="AdherentId"/> joins as them, <see cref="NewPerson"/> joins as
/// someone new.
/// </remarks>
public sealed record JoinRequest(string? Code, string? DisplayName, string? Organisation, string? Sector, string? AdherentId = null, bool NewPerson = false);
