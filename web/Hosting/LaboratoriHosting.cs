using Laboratori.Grains.Canvas;
using Laboratori.Silo.Hosting;
using Laboratori.Web.Api;
using Laboratori.Web.Auth;
using Laboratori.Web.Hubs;
using Laboratori.Web.Hubs.MsgPack;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;
using Orleans.Configuration;

namespace Laboratori.Web.Hosting;

/// <summary>Wires the whole node: the co-hosted silo and its storage, auth, the hub and the API's services.</summary>
public static class LaboratoriHosting
{
    public static WebApplicationBuilder AddLaboratori(this WebApplicationBuilder builder)
    {
        var silo = builder.Configuration.GetSection(SiloOptions.SectionName).Get<SiloOptions>() ?? new SiloOptions();
        builder.UseOrleans(orleans => orleans
            .UseLocalhostClustering(siloPort: silo.Port ?? LocalPorts.Free(), gatewayPort: LocalPorts.Free(), serviceId: "laboratori", clusterId: "laboratori-" + Environment.ProcessId)
            .Configure<GrainCollectionOptions>(o => o.CollectionAge = silo.CollectionAge)
            .AddLaboratoriStorage());

        var services = builder.Services;
        services.AddSingleton(TimeProvider.System);
        services.AddOptions<LabLimits>().BindConfiguration(LabLimits.SectionName);
        services.AddOptions<CanvasOptions>().BindConfiguration(CanvasOptions.SectionName);
        services.AddSingleton<LabAccess>();
        services.AddSingleton<LabConnections>();
        services.AddSingleton<LabBroadcaster>();
        services.AddHostedService<FeedRenewal>();
        services.AddHostedService<ChangeFeedBridge>();
        services.AddSingleton(sp =>
        {
            var hub = sp.GetRequiredService<IHubContext<LabHub, ILabClient>>();
            return new PresenceRelay(
                (labId, updates) => hub.Clients.Group(LabHub.GroupName(labId)).Presence(labId, updates),
                TimeSpan.FromMilliseconds(sp.GetRequiredService<IOptions<LabLimits>>().Value.PresenceIntervalMilliseconds),
                sp.GetRequiredService<TimeProvider>(),
                sp.GetRequiredService<ILogger<PresenceRelay>>());
        });
        services.AddHostedService(sp => sp.GetRequiredService<PresenceRelay>());
        builder.AddLaboratoriAuth();
        services.AddLaboratoriRateLimits();
        services.AddProblemDetails();
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Encoder = CanvasJson.Options.Encoder);
        services.AddSignalR(o => o.MaximumReceiveMessageSize = 64 * 1024)
            .AddJsonProtocol(o => o.PayloadSerializerOptions.Encoder = CanvasJson.Options.Encoder)
            .AddMessagePackInJsonShapes();
        return builder;
    }
}
