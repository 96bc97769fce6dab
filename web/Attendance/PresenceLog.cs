using System.Collections.Immutable;
using System.Text.Json;
using Laboratori.Contracts;

namespace Laboratori.Web.Attendance;

/// <summary>
/// Who was connected when, read from a lab's <c>member.join</c>/<c>member.leave</c> events; and the participants the
/// log knows (people who joined before adesioni existed have no roster row, so the log is their only name).
/// </summary>
public sealed class PresenceLog
{
    private readonly Dictionary<string, List<PresenceSpan>> _spans = [];
    private readonly HashSet<string> _online = [];

    public PresenceLog(ImmutableArray<CanvasEvent> events, DateTimeOffset now)
    {
        var open = new Dictionary<string, DateTimeOffset>();
        foreach (var e in events.IsDefault ? [] : events)
        {
            if (e.Type == "member.join")
            {
                open.TryAdd(e.Author, e.At);
                if (JsonDocument.Parse(e.Payload).RootElement is var p && p.TryGetProperty("role", out var role) && role.GetString() == "participant")
                {
                    Participants[e.Author] = (Text(p, "displayName"), Text(p, "organisation"), Text(p, "sector"));
                }
            }
            else if (e.Type == "member.leave" && open.Remove(e.Author, out var came))
            {
                Add(e.Author, new PresenceSpan(came, LeaveTime.Of(e, came)));
            }
        }

        foreach (var (member, came) in open)
        {
            _online.Add(member);
            Add(member, new PresenceSpan(came, now > came ? now : came));
        }
    }

    /// <summary>Participants named by the log's joins: member id → name, organisation, sector as they gave them.</summary>
    public Dictionary<string, (string Name, string Organisation, string Sector)> Participants { get; } = [];

    public IReadOnlyList<PresenceSpan> SpansOf(IEnumerable<string> memberIds) => [.. memberIds.SelectMany(id => _spans.GetValueOrDefault(id) ?? [])];

    public bool IsOnline(IEnumerable<string> memberIds) => memberIds.Any(_online.Contains);

    private void Add(string member, PresenceSpan span)
    {
        if (!_spans.TryGetValue(member, out var list))
        {
            _spans[member] = list = [];
        }

        list.Add(span);
    }

    private static string Text(JsonElement payload, string name) =>
        payload.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString()! : string.Empty;
}
