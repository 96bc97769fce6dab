using Laboratori.Web.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Laboratori.Tests.Web;

[Collection(LabServerCollection.Name)]
public sealed class SiloHealthCheckTests(LabServerFixture fixture)
{
    [Fact]
    public async Task ARunningNodeReportsItsSiloActiveInItsOneNodeCluster()
    {
        var health = fixture.Server.Services.GetRequiredService<HealthCheckService>();

        var report = await health.CheckHealthAsync(c => c.Name == SiloHealthCheck.Name);

        var entry = Assert.Single(report.Entries).Value;
        Assert.Equal(HealthStatus.Healthy, entry.Status);
        Assert.Equal("Active", entry.Data["status"]);
        Assert.Equal(1, entry.Data["activeSilos"]);
        Assert.Contains("ready", entry.Tags);
    }
}
