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

        using var cancel = new CancellationTokenSource(Waits.Timeout);
        var ready = await log.FirstAsync(e => e.Contains("Laboratori.Web.Demo.DemoSeeder", StringComparison.Ordinal), cancel.Token);

        Assert.Contains("facilitatore / (password as configured) (facilitator)", ready, StringComparison.Ordinal);
        Assert.DoesNotContain("facilitatore / facilitatore", ready, StringComparison.Ordinal);
    }
}
