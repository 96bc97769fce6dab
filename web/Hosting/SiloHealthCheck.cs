using Microsoft.Extensions.Diagnostics.HealthChecks;
using Orleans.Runtime;

namespace Laboratori.Web.Hosting;

/// <summary>
/// Healthy while this node's silo is an active member of its cluster: a node still joining, shutting down, or declared
/// dead by the others (it would no longer host grains) is unhealthy, so a proxy or orchestrator stops sending it work.
/// </summary>
public sealed class SiloHealthCheck(IClusterMembershipService membership, ILocalSiloDetails silo) : IHealthCheck
{
    /// <summary>The name the check is registered under.</summary>
    public const string Name = "silo";

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var snapshot = membership.CurrentSnapshot;
        var status = snapshot.GetSiloStatus(silo.SiloAddress);
        var data = new Dictionary<string, object>
        {
            ["silo"] = silo.SiloAddress.ToString(),
            ["cluster"] = silo.ClusterId,
            ["status"] = status.ToString(),
            ["activeSilos"] = snapshot.Members.Values.Count(m => m.Status == SiloStatus.Active),
        };
        return Task.FromResult(status == SiloStatus.Active
            ? HealthCheckResult.Healthy($"Silo {silo.SiloAddress} is active in cluster {silo.ClusterId}.", data)
            : HealthCheckResult.Unhealthy($"Silo {silo.SiloAddress} is {status} in cluster {silo.ClusterId}.", data: data));
    }
}
