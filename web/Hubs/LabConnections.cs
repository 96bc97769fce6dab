namespace Laboratori.Web.Hubs;

/// <summary>Counts each member's connections per lab on this node, to record attendance once per person, not per tab.</summary>
public sealed class LabConnections
{
    private readonly Dictionary<(string LabId, string MemberId), int> _counts = [];
    private readonly Lock _gate = new();

    /// <summary>Adds a connection; true if it is the member's first in the lab.</summary>
    public bool Add(string labId, string memberId)
    {
        lock (_gate)
        {
            var count = _counts.GetValueOrDefault((labId, memberId)) + 1;
            _counts[(labId, memberId)] = count;
            return count == 1;
        }
    }

    /// <summary>Removes a connection; true if it was the member's last in the lab.</summary>
    public bool Remove(string labId, string memberId)
    {
        lock (_gate)
        {
            var count = _counts.GetValueOrDefault((labId, memberId)) - 1;
            if (count > 0)
            {
                _counts[(labId, memberId)] = count;
                return false;
            }

            _counts.Remove((labId, memberId));
            return true;
        }
    }
}
