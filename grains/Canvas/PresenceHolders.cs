namespace Laboratori.Grains.Canvas;

/// <summary>
/// Which nodes hold a connection of each present member of one lab, and when each last said so. Kept in the canvas's
/// memory only: after a reactivation the nodes still alive claim their members again within one renew interval, and
/// a presence nobody claims within the lease is closed (<see cref="Expired"/>).
/// </summary>
public sealed class PresenceHolders(TimeSpan lease)
{
    private readonly Dictionary<string, Dictionary<string, DateTimeOffset>> _held = [];

    /// <summary><paramref name="node"/> holds a connection of <paramref name="member"/> as of <paramref name="now"/>.</summary>
    public void Hold(string node, string member, DateTimeOffset now)
    {
        if (!_held.TryGetValue(member, out var nodes))
        {
            _held[member] = nodes = [];
        }

        nodes[node] = now;
    }

    /// <summary><paramref name="node"/> closed its last connection of <paramref name="member"/>; true if no node holds one now.</summary>
    public bool Release(string node, string member)
    {
        if (!_held.TryGetValue(member, out var nodes))
        {
            return true;
        }

        nodes.Remove(node);
        if (nodes.Count > 0)
        {
            return false;
        }

        _held.Remove(member);
        return true;
    }

    /// <summary>
    /// The present members no node has vouched for within the lease, each with the last time one did. A member no node
    /// has claimed since this activation (<paramref name="activatedAt"/>: the canvas came back after a crash) counts as
    /// last seen at <paramref name="lastAlive"/>, the last sign of life before the activation (a stored renewal, the last
    /// event), or at the activation.
    /// </summary>
    public IReadOnlyList<(string Member, DateTimeOffset LastSeen)> Expired(
        IEnumerable<string> present, DateTimeOffset now, DateTimeOffset activatedAt, DateTimeOffset? lastAlive)
    {
        var expired = new List<(string, DateTimeOffset)>();
        foreach (var member in present)
        {
            if (!_held.TryGetValue(member, out var nodes))
            {
                if (now - activatedAt >= lease)
                {
                    expired.Add((member, lastAlive is { } alive && alive < activatedAt ? alive : activatedAt));
                }

                continue;
            }

            var lastSeen = nodes.Values.Max();
            foreach (var (node, seen) in nodes.Where(n => now - n.Value >= lease).ToList())
            {
                nodes.Remove(node);
            }

            if (nodes.Count == 0)
            {
                _held.Remove(member);
                expired.Add((member, lastSeen));
            }
        }

        return expired;
    }
}
