using Laboratori.Contracts;
using Laboratori.Web.Auth;
using Orleans.Runtime;

namespace Laboratori.Web.Cluster;

/// <summary>
/// What an operator asks of the cluster (admins only): which silos it has and in what state, and on which silo a lab's
/// canvas lives now. Answered from Orleans' own membership and grain directory, by whichever node the request reaches.
/// </summary>
public static class ClusterApi
{
    public static IEndpointRouteBuilder MapClusterApi(this IEndpointRouteBuilder app)
    {
        var cluster = app.MapGroup("/api/cluster").RequireAuthorization(Policies.Admin);
        cluster.MapGet("/", GetCluster);
        cluster.MapGet("/labs/{labId}", GetLabPlacementAsync);
        return app;
    }

    private static ClusterView GetCluster(IClusterMembershipService membership, ILocalSiloDetails local) =>
        new(
            local.SiloAddress.ToParsableString(),
            local.ClusterId,
            [.. membership.CurrentSnapshot.Members.Values
                .OrderBy(m => m.SiloAddress.ToParsableString(), StringComparer.Ordinal)
                .Select(m => new SiloView(m.SiloAddress.ToParsableString(), m.Name, m.Status.ToString()))]);

    /// <summary>A snapshot of Orleans' directory: the canvas may move the next moment, and no call is made to it (nothing activates).</summary>
    private static async Task<LabPlacement> GetLabPlacementAsync(string labId, IGrainFactory grains)
    {
        var silo = await grains.GetGrain<IManagementGrain>(0).GetActivationAddress(grains.GetGrain<ICanvasGrain>(labId));
        return new LabPlacement(labId, silo?.ToParsableString());
    }
}
