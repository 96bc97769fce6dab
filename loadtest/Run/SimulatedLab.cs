namespace Laboratori.LoadTest.Run;

/// <summary>What the participants of one lab know together: the cards acknowledged so far and the pairs already linked.</summary>
public sealed class SimulatedLab(string id, string joinCode)
{
    private readonly List<string> _cards = [];
    private readonly HashSet<(string, string)> _links = [];
    private readonly Lock _gate = new();
    private int _joined;

    public string Id { get; } = id;

    public string JoinCode { get; } = joinCode;

    public int Joined => Volatile.Read(ref _joined);

    public int CardCount
    {
        get
        {
            lock (_gate)
            {
                return _cards.Count;
            }
        }
    }

    public void MemberJoined() => Interlocked.Increment(ref _joined);

    public void MemberLeft() => Interlocked.Decrement(ref _joined);

    public void AddCard(string cardId)
    {
        lock (_gate)
        {
            _cards.Add(cardId);
        }
    }

    public string? AnyCard(Random random)
    {
        lock (_gate)
        {
            return _cards.Count == 0 ? null : _cards[random.Next(_cards.Count)];
        }
    }

    /// <summary>Reserves a pair of distinct cards not linked yet (either way), or null.</summary>
    public (string From, string To)? ReserveLink(Random random, string from)
    {
        lock (_gate)
        {
            for (var attempt = 0; attempt < 5 && _cards.Count > 1; attempt++)
            {
                var to = _cards[random.Next(_cards.Count)];
                if (to != from && _links.Add((from, to)))
                {
                    _links.Add((to, from));
                    return (from, to);
                }
            }

            return null;
        }
    }
}
