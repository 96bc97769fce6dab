using Laboratori.Silo.Storage;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Laboratori.Web.Hosting;

/// <summary>Ready only while the event log answers a read: the one thing every edit needs.</summary>
public sealed class DatabaseHealthCheck(IEventLog log) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await log.GetLastSeqAsync("health-probe", cancellationToken);
            return HealthCheckResult.Healthy();
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy("The database does not answer.", ex);
        }
    }
}
