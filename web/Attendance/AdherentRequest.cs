namespace Laboratori.Web.Attendance;

/// <summary>An adesione added by hand: a name, and optionally organisation, sector and e-mail.</summary>
public sealed record AdherentRequest(string? DisplayName, string? Organisation, string? Sector, string? Email);
