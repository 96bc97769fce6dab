namespace Laboratori.Web.Hubs;

/// <summary>Whose presence this is, and where they are.</summary>
public sealed record PresenceUpdate(string MemberId, string DisplayName, CursorPosition? Cursor, string? Editing, Viewport? Viewport);
