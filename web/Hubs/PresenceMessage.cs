namespace Laboratori.Web.Hubs;

/// <summary>A member's pointer on the canvas and the card they are editing, if any.</summary>
public sealed record PresenceMessage(CursorPosition? Cursor, string? Editing);
