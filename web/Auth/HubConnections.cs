using System.Collections.Concurrent;
using Microsoft.AspNetCore.SignalR;

namespace Laboratori.Web.Auth;

/// <summary>Open hub connections on this node grouped by the owner of their credential, so that ending it closes them.</summary>
public sealed class HubConnections
{
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<string, HubCallerContext>> _byOwner = new();

    public void Add(string owner, HubCallerContext context) =>
        _byOwner.GetOrAdd(owner, _ => new ConcurrentDictionary<string, HubCallerContext>())[context.ConnectionId] = context;

    public void Remove(string owner, string connectionId)
    {
        if (_byOwner.TryGetValue(owner, out var open))
        {
            open.TryRemove(connectionId, out _);
        }
    }

    /// <summary>Closes every connection of <paramref name="owner"/> on this node.</summary>
    public void AbortAll(string owner)
    {
        if (_byOwner.TryRemove(owner, out var open))
        {
            foreach (var context in open.Values)
            {
                context.Abort();
            }
        }
    }
}
