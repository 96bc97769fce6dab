namespace Laboratori.Web.Hubs;

/// <summary>
/// This node as a holder of presences: a new id each time the process starts, so that a node restarted after a crash
/// does not vouch for the connections its previous run held (they are gone, and their presences expire).
/// </summary>
public sealed class PresenceNode
{
    public string Id { get; } = "node-" + Guid.NewGuid().ToString("N");
}
