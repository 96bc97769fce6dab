using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;

namespace Laboratori.Web.Hosting;

/// <summary>Forwarded headers are honoured from the configured trusted proxies only (not even from loopback by default).</summary>
public static class TrustedProxies
{
    public static IServiceCollection AddTrustedProxies(this IServiceCollection services)
    {
        services.AddOptions<NetworkOptions>().BindConfiguration(NetworkOptions.SectionName)
            .Validate(o => o.TrustedProxies.All(IsAddressOrNetwork), "Network:TrustedProxies holds addresses (10.0.0.5) or networks (10.0.0.0/24) only.")
            .ValidateOnStart();
        services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<NetworkOptions>>((o, network) =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            o.KnownProxies.Clear();
            o.KnownIPNetworks.Clear();
            foreach (var proxy in network.Value.TrustedProxies)
            {
                if (proxy.Contains('/', StringComparison.Ordinal))
                {
                    o.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(proxy));
                }
                else
                {
                    o.KnownProxies.Add(IPAddress.Parse(proxy));
                }
            }
        });
        return services;
    }

    /// <summary>
    /// Adds the forwarded-headers middleware only when a proxy is trusted: with empty lists of proxies and networks it
    /// would believe the headers from anyone.
    /// </summary>
    public static IApplicationBuilder UseTrustedProxies(this IApplicationBuilder app) =>
        app.ApplicationServices.GetRequiredService<IOptions<NetworkOptions>>().Value.TrustedProxies.Length > 0 ? app.UseForwardedHeaders() : app;

    private static bool IsAddressOrNetwork(string text) =>
        text.Contains('/', StringComparison.Ordinal) ? System.Net.IPNetwork.TryParse(text, out _) : IPAddress.TryParse(text, out _);
}
