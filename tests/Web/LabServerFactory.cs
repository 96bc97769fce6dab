using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Logging;

namespace Laboratori.Tests.Web;

/// <summary>The real web host on Kestrel, configured from <paramref name="settings"/> alone (environment "Testing": no demo, no development accounts).</summary>
public sealed class LabServerFactory(IReadOnlyDictionary<string, string?> settings, ILoggerProvider? log = null) : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        if (log is not null)
        {
            builder.ConfigureLogging(logging => logging.AddProvider(log));
        }

        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }
    }
}
