using System.Globalization;
using System.Text.Json;
using Laboratori.Contracts;

namespace Laboratori.Web.Attendance;

/// <summary>
/// When a presence ended, read from its <c>member.leave</c>: the event's time, or, when the server closed a presence
/// nobody held any more (a node died), its <c>lastSeen</c>, the last time a node vouched for the connection. Never
/// before the join, never after the event.
/// </summary>
public static class LeaveTime
{
    public static DateTimeOffset Of(CanvasEvent leave, DateTimeOffset came)
    {
        using var payload = JsonDocument.Parse(leave.Payload);
        var left = payload.RootElement.TryGetProperty("lastSeen", out var seen) && seen.ValueKind == JsonValueKind.String
            && DateTimeOffset.TryParse(seen.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var lastSeen)
            && lastSeen < leave.At
                ? lastSeen
                : leave.At;
        return left < came ? came : left;
    }
}
