using Laboratori.Grains.Canvas;
using Laboratori.Grains.Hosting;
using Laboratori.Silo.Hosting;
using Laboratori.Web.Api;
using Laboratori.Web.Auth;
using Laboratori.Web.Cluster;
using Laboratori.Web.Documents;
using Laboratori.Web.Hubs;
using Laboratori.Web.Hubs.MsgPack;
using Laboratori.Web.Metrics;
using Laboratori.Web.Quotas;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;

namespace Laboratori.Web.Hosting;

/// <summary>Wires the whole node: the co-hosted silo and its storage, auth, the hub and the API's services.</summary>
public static class LaboratoriHosting
{
    public static WebApplicationBuilder AddLaboratori(this WebApplicationBuilder builder)
    {
        builder.UseOrleans(orleans => orleans.AddLaboratoriSilo().AddLaboratoriGrains().AddLaboratoriDashboard());

        FileModeCheck.ThrowIfExposed(builder);
        builder.WebHost.ConfigureKestrel(o => o.AddServerHeader = false);
        var services = builder.Services;
        services.AddLaboratoriHealthChecks();
        services.AddTrustedProxies();
        services.AddSingleton(TimeProvider.System);
        // Bound by AddLaboratoriGrains (above); the host validates them on start (DataAnnotations comes with ASP.NET Core).
        services.AddOptions<LabLimits>().ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<CanvasOptions>().ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<PresenceOptions>().ValidateDataAnnotations()
            .Validate(p => p.Lease > 2 * p.RenewInterval, "Presence:Lease must be longer than twice Presence:RenewInterval.")
            .ValidateOnStart();
        services.AddSingleton<LabAccess>();
        services.AddSingleton<LabConnections>();
        services.AddSingleton<LabBroadcaster>();
        services.AddSingleton<OnBehalfResolver>();
        services.AddHostedService<MembershipWatch>();
        services.AddSingleton<PresenceNode>();
        services.AddHostedService<PresenceRenewal>();
        services.AddSingleton<LabAnonymity>();
        services.AddSingleton<PresenceAudiences>();
        services.AddSingleton(sp => new ErrorLogBudget(sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<HubErrorFilter>();
        services.AddSingleton<SilentConnectionGuard>();
        services.AddHealthChecks().AddCheck<SiloHealthCheck>(SiloHealthCheck.Name, tags: ["ready"]);
        services.AddSingleton(sp =>
        {
            var audiences = sp.GetRequiredService<PresenceAudiences>();
            return new PresenceRelay(
                audiences.SendAsync,
                TimeSpan.FromMilliseconds(sp.GetRequiredService<IOptions<LabLimits>>().Value.PresenceIntervalMilliseconds),
                sp.GetRequiredService<TimeProvider>(),
                sp.GetRequiredService<ILogger<PresenceRelay>>());
        });
        services.AddHostedService(sp => sp.GetRequiredService<PresenceRelay>());
        builder.AddLaboratoriAuth();
        services.AddLaboratoriRateLimits();
        services.AddSingleton<LabJoinLimiter>();
        services.AddLaboratoriProblems();
        services.AddLaboratoriMetrics();
        services.AddLaboratoriQuotas();
        services.AddLaboratoriDocuments();
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Encoder = CanvasJson.Options.Encoder);
        services.AddOptions<HubTimeouts>().BindConfiguration(HubTimeouts.SectionName).ValidateDataAnnotations()
            .Validate(t => t.ClientTimeoutInterval > t.KeepAliveInterval, "Hub:ClientTimeoutInterval must be longer than Hub:KeepAliveInterval (twice as long is usual).")
            .ValidateOnStart();
        services.AddOptions<HubOptions>().Configure<IOptions<HubTimeouts>>((o, timeouts) =>
        {
            o.KeepAliveInterval = timeouts.Value.KeepAliveInterval;
            o.ClientTimeoutInterval = timeouts.Value.ClientTimeoutInterval;
            o.HandshakeTimeout = timeouts.Value.HandshakeTimeout;
        });
        services.AddSignalR(o =>
            {
                o.MaximumReceiveMessageSize = 64 * 1024;
                o.AddFilter<MetricsHubFilter>();
                o.AddFilter<ConnectionQuotaHubFilter>();
                o.AddFilter<HubErrorFilter>();
            })
            .AddJsonProtocol(o => o.PayloadSerializerOptions.Encoder = CanvasJson.Options.Encoder)
            .AddMessagePackInJsonShapes();
        return builder;
    }
}
