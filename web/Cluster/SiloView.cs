namespace Laboratori.Web.Cluster;

/// <summary>One silo of the membership: <c>address:port@generation</c>, its name, and Orleans' status (Joining, Active, ShuttingDown, Stopping, Dead).</summary>
public sealed record SiloView(string Address, string Name, string Status);
