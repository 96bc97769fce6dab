namespace Laboratori.Web.Api;

/// <summary>Disable (or enable again) a staff account.</summary>
public sealed record DisableStaffRequest(bool Disabled);
