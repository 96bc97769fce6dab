using System.Security.Claims;
using Laboratori.Contracts.Labs;

namespace Laboratori.Web.Auth;

/// <summary>
/// Whether a projector link's token still stands (its id is the lab's current link), and the projector connections
/// on this node, so that revoking or replacing a link closes them at once (other nodes re-check on every invocation).
/// </summary>
public sealed class ProjectorLinks(IGrainFactory grains) : IRevocableCredentials
{
    public HubConnections Connections { get; } = new();

    /// <summary>Whether the token of <paramref name="user"/> with link <paramref name="linkId"/> is its lab's current link.</summary>
    public static Task<bool> IsCurrentAsync(IServiceProvider services, ClaimsPrincipal user, string linkId) =>
        services.GetRequiredService<ProjectorLinks>().IsCurrentAsync(user.FindFirst(TokenService.LabClaim)?.Value, linkId);

    public async Task<bool> IsCurrentAsync(string? labId, string linkId) =>
        labId is not null && await grains.GetGrain<IProjectorLinkGrain>(labId).IsCurrentAsync(linkId);

    /// <summary>After the lab's link changed: close the projector connections of that lab on this node.</summary>
    public void Ended(string labId) => Connections.AbortAll(labId);

    /// <summary>A projector token's lab (the owner of its connections) and link id.</summary>
    public RevocableCredential? Find(ClaimsPrincipal user) =>
        user.FindFirst(TokenService.ProjectorLinkClaim)?.Value is { } link && user.FindFirst(TokenService.LabClaim)?.Value is { } lab ? new(lab, link) : null;

    public Task<bool> IsCurrentAsync(RevocableCredential credential) => IsCurrentAsync(credential.Owner, credential.Version ?? string.Empty);
}
