using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Laboratori.Tests.Web;

/// <summary>The real web host on Kestrel, configured from <paramref name="settings"/> alone (environment "Testing": no demo, no development accounts).</summary>
public sealed class LabServerFactory(IReadOnlyDictionary<string, string?> settings) : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }
    }
}
