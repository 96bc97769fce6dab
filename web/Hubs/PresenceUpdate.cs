using System.Text.Json.Serialization;

namespace Laboratori.Web.Hubs;

/// <summary>Whose presence this is, and where they are.</summary>
public sealed record PresenceUpdate(string MemberId, string DisplayName, CursorPosition? Cursor, string? Editing, Viewport? Viewport)
{
    /// <summary>Sent by a participant (not staff): in anonymous mode only staff learn where participants are.</summary>
    [JsonIgnore]
    public bool Participant { get; init; }
}
