using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace Laboratori.Web.Quotas;

/// <summary>Counts the hub connections open on this node per member and per network address, against <see cref="QuotaOptions"/>.</summary>
public sealed class ConnectionQuota(IOptions<QuotaOptions> options)
{
    private readonly ConcurrentDictionary<string, int> _open = new();

    /// <summary>Counts one more connection for both keys, or none and false when either is at its quota.</summary>
    public bool TryOpen(string memberKey, string addressKey)
    {
        if (!TryAdd("m:" + memberKey, options.Value.MaxConnectionsPerMember))
        {
            return false;
        }

        if (!TryAdd("a:" + addressKey, options.Value.MaxConnectionsPerAddress))
        {
            Release("m:" + memberKey);
            return false;
        }

        return true;
    }

    public void Close(string memberKey, string addressKey)
    {
        Release("m:" + memberKey);
        Release("a:" + addressKey);
    }

    private bool TryAdd(string key, int max)
    {
        while (true)
        {
            var current = _open.GetOrAdd(key, 0);
            if (current >= max)
            {
                return false;
            }

            if (_open.TryUpdate(key, current + 1, current))
            {
                return true;
            }
        }
    }

    private void Release(string key)
    {
        while (_open.TryGetValue(key, out var current))
        {
            // The last connection of a key removes it, so the table holds only keys with connections open.
            if (current <= 1 ? _open.TryRemove(KeyValuePair.Create(key, current)) : _open.TryUpdate(key, current - 1, current))
            {
                return;
            }
        }
    }
}
