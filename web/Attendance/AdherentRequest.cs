namespace Laboratori.Web.Attendance;

/// <summary>
/// An adesione added by hand: a name, and optionally organisation, sector and e-mail; or <see cref="EnteId"/>, an ente of
/// the register of the lab's programme, whose name and sector are used.
/// </summary>
public sealed record AdherentRequest(string? DisplayName, string? Organisation, string? Sector, string? Email, string? EnteId = null);
