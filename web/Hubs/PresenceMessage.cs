namespace Laboratori.Web.Hubs;

/// <summary>A member's pointer on the canvas, the card they are editing, and what part of the canvas they are looking at ("follow me").</summary>
public sealed record PresenceMessage(CursorPosition? Cursor, string? Editing, Viewport? Viewport = null);
