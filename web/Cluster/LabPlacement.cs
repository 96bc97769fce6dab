namespace Laboratori.Web.Cluster;

/// <summary>Where a lab's canvas is active (<c>address:port@generation</c>), or null when it is active nowhere.</summary>
public sealed record LabPlacement(string LabId, string? Silo);
