using Laboratori.Contracts;

namespace Laboratori.Web.Hubs;

/// <summary>What the server pushes to a lab's connections.</summary>
public interface ILabClient
{
    /// <summary>Committed events, in seq order, once each per connection.</summary>
    Task Events(string labId, IReadOnlyList<CanvasEvent> events);

    /// <summary>Members' volatile presence (pointer, card being edited, viewport), the latest of each since the last batch. Never stored.</summary>
    Task Presence(string labId, IReadOnlyList<PresenceUpdate> updates);

    /// <summary>A facilitator removed you from the lab: this connection is out of it, and your token no longer gets in.</summary>
    Task Removed(string labId, CanvasError reason);
}
