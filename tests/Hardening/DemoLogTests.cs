using Laboratori.Tests.Fuzz;
using Laboratori.Tests.Web;
using Microsoft.Extensions.Logging;

namespace Laboratori.Tests.Hardening;

/// <summary>The demo says how to get in without writing real passwords to the log outside Development.</summary>
public sealed class DemoLogTests
{
    [Fact]
    public async Task OutsideDevelopmentTheDemoNamesTheAccountsButNotTheirPasswords()
    {
        var log = new CapturedLog(LogLevel.Information);
        await using var server = new LabServer(new Dictionary<string, string?> { ["Demo:Enabled"] = "true" }, log);

        // The demo writes a whole lab through the grains before it logs: minutes on a loaded machine.
        using var cancel = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        var ready = await log.FirstAsync(e => e.Contains("Laboratori.Web.Demo.DemoSeeder", StringComparison.Ordinal), cancel.Token);

        Assert.Contains("facilitatore / (password as configured) (facilitator)", ready, StringComparison.Ordinal);
        Assert.DoesNotContain("facilitatore / facilitatore", ready, StringComparison.Ordinal);
    }
}
