using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Laboratori.Web.Hubs.MsgPack;

/// <summary>The hub's two protocols: JSON (SignalR's default) and MessagePack in the same shapes (docs/protocol.md, "MessagePack").</summary>
internal static class HubProtocolRegistration
{
    public static ISignalRServerBuilder AddMessagePackInJsonShapes(this ISignalRServerBuilder signalR)
    {
        signalR.AddMessagePackProtocol();
        signalR.Services.AddOptions<MessagePackHubProtocolOptions>()
            .Configure<IOptions<JsonHubProtocolOptions>>((messagePack, json) => messagePack.SerializerOptions = JsonShapeResolver.Options(json.Value.PayloadSerializerOptions));
        return signalR;
    }
}
