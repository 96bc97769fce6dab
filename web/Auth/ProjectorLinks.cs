using System.Collections.Concurrent;
using System.Security.Claims;
using Laboratori.Contracts.Labs;
using Microsoft.AspNetCore.SignalR;

namespace Laboratori.Web.Auth;

/// <summary>
/// Whether a projector link's token still stands (its id is the lab's current link), and the projector connections
/// on this node, so that revoking or replacing a link closes them at once (other nodes re-check on every invocation).
/// </summary>
public sealed class ProjectorLinks(IGrainFactory grains)
{
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<string, HubCallerContext>> _connections = new();

    /// <summary>Whether the token of <paramref name="user"/> with link <paramref name="linkId"/> is its lab's current link.</summary>
    public static Task<bool> IsCurrentAsync(IServiceProvider services, ClaimsPrincipal user, string linkId) =>
        services.GetRequiredService<ProjectorLinks>().IsCurrentAsync(user.FindFirst(TokenService.LabClaim)?.Value, linkId);

    public async Task<bool> IsCurrentAsync(string? labId, string linkId) =>
        labId is not null && await grains.GetGrain<IProjectorLinkGrain>(labId).IsCurrentAsync(linkId);

    /// <summary>After the lab's link changed: close the projector connections of that lab on this node.</summary>
    public void Ended(string labId)
    {
        if (_connections.TryRemove(labId, out var open))
        {
            foreach (var context in open.Values)
            {
                context.Abort();
            }
        }
    }

    internal void Connected(string labId, HubCallerContext context) =>
        _connections.GetOrAdd(labId, _ => new ConcurrentDictionary<string, HubCallerContext>())[context.ConnectionId] = context;

    internal void Disconnected(string labId, string connectionId)
    {
        if (_connections.TryGetValue(labId, out var open))
        {
            open.TryRemove(connectionId, out _);
        }
    }
}
