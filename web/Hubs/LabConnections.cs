using System.Collections.Immutable;

namespace Laboratori.Web.Hubs;

/// <summary>
/// The hub connections of each member in each lab on this node: to record attendance once per person, not per tab;
/// to send a participant the events only they may read; and to take a removed participant out of the lab.
/// </summary>
public sealed class LabConnections
{
    private readonly Dictionary<(string LabId, string MemberId), Entry> _entries = [];
    private readonly Lock _gate = new();

    /// <summary>Adds a connection; true if it is the member's first in the lab.</summary>
    public bool Add(string labId, string memberId, string connectionId, bool participant)
    {
        lock (_gate)
        {
            if (!_entries.TryGetValue((labId, memberId), out var entry))
            {
                _entries[(labId, memberId)] = entry = new Entry(participant);
            }

            entry.Connections.Add(connectionId);
            return entry.Connections.Count == 1;
        }
    }

    /// <summary>Removes a connection; true if it was the member's last in the lab.</summary>
    public bool Remove(string labId, string memberId, string connectionId)
    {
        lock (_gate)
        {
            if (!_entries.TryGetValue((labId, memberId), out var entry) || !entry.Connections.Remove(connectionId))
            {
                return false;
            }

            if (entry.Connections.Count == 0)
            {
                _entries.Remove((labId, memberId));
            }

            return entry.Connections.Count == 0;
        }
    }

    /// <summary>Whether <paramref name="connectionId"/> is in the lab as <paramref name="memberId"/> (false once evicted).</summary>
    public bool Holds(string labId, string memberId, string connectionId)
    {
        lock (_gate)
        {
            return _entries.TryGetValue((labId, memberId), out var entry) && entry.Connections.Contains(connectionId);
        }
    }

    /// <summary>The connections of a participant in the lab; none for staff, who read everything anyway.</summary>
    public IReadOnlyList<string> OfParticipant(string labId, string memberId)
    {
        lock (_gate)
        {
            return _entries.TryGetValue((labId, memberId), out var entry) && entry.Participant ? [.. entry.Connections] : [];
        }
    }

    /// <summary>Takes every connection of the member out of the lab and returns them.</summary>
    public IReadOnlyList<string> Evict(string labId, string memberId)
    {
        lock (_gate)
        {
            return _entries.Remove((labId, memberId), out var entry) ? [.. entry.Connections] : [];
        }
    }

    /// <summary>Every lab with connections on this node and the members they belong to (for <see cref="PresenceRenewal"/>).</summary>
    public IReadOnlyDictionary<string, ImmutableArray<string>> Held()
    {
        lock (_gate)
        {
            return _entries.Keys.GroupBy(k => k.LabId).ToDictionary(g => g.Key, g => g.Select(k => k.MemberId).ToImmutableArray());
        }
    }

    private sealed record Entry(bool Participant)
    {
        public HashSet<string> Connections { get; } = [];
    }
}
