using Laboratori.Web.Auth;
using OpenTelemetry.Metrics;

namespace Laboratori.Web.Metrics;

/// <summary>OpenTelemetry metrics of the node, scraped by Prometheus at <see cref="Path"/> with an admin's token.</summary>
public static class MetricsHosting
{
    public const string Path = "/metrics";

    /// <summary>ASP.NET Core's and Orleans' own meters besides ours: requests, Kestrel and SignalR connections, grain activations.</summary>
    private static readonly string[] Meters =
    [
        LaboratoriMetrics.MeterName,
        "Microsoft.Orleans",
        "Microsoft.AspNetCore.Hosting",
        "Microsoft.AspNetCore.Server.Kestrel",
        "Microsoft.AspNetCore.Http.Connections",
        "Microsoft.AspNetCore.RateLimiting",
        "System.Runtime",
    ];

    public static IServiceCollection AddLaboratoriMetrics(this IServiceCollection services)
    {
        services.AddSingleton<LaboratoriMetrics>();
        services.AddSingleton<MetricsHubFilter>();
        services.AddOpenTelemetry().WithMetrics(metrics => metrics.AddMeter(Meters).AddPrometheusExporter());
        return services;
    }

    public static IEndpointRouteBuilder MapLaboratoriMetrics(this IEndpointRouteBuilder app)
    {
        app.MapPrometheusScrapingEndpoint(Path).RequireAuthorization(Policies.Admin);
        return app;
    }
}
