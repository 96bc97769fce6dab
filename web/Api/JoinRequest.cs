using Laboratori.Contracts;

namespace Laboratori.Web.Api;

/// <summary>A participant joining with a join code; no account needed.</summary>
/// <remarks>
/// When the name and organisation match someone already in the lab's list, the join answers <c>adherent_match</c>
/// with that person's id: sending it back as <see cref="AdherentId"/> joins as them, <see cref="NewPerson"/> joins as
/// someone new. <see cref="PrivacyVersion"/> is the version of the privacy notice (<c>GET /api/privacy</c>) the person
/// read: required, and recorded with the join. <see cref="EnteId"/> picks the organisation from the register of enti of
/// the lab's programme (its canonical name and sector replace what was typed).
/// </remarks>
public sealed record JoinRequest(string? Code, string? DisplayName, string? Organisation, string? Sector, string? AdherentId = null, bool NewPerson = false, string? PrivacyVersion = null, string? EnteId = null);
