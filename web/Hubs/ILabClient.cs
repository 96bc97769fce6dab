using Laboratori.Grains.Contracts;

namespace Laboratori.Web.Hubs;

/// <summary>What the server pushes to a lab's connections.</summary>
public interface ILabClient
{
    /// <summary>Committed events, in seq order, once each per connection.</summary>
    Task Events(string labId, IReadOnlyList<CanvasEvent> events);

    /// <summary>Another member's volatile presence: pointer, card being edited. Never stored.</summary>
    Task Presence(string labId, PresenceUpdate update);

    /// <summary>A facilitator removed you from the lab: this connection is out of it, and your token no longer gets in.</summary>
    Task Removed(string labId, CanvasError error);
}
