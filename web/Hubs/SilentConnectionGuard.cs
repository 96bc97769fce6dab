using Laboratori.Web.Hosting;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;

namespace Laboratori.Web.Hubs;

/// <summary>
/// SignalR starts its client timeout only once a connection has sent its first message after the handshake, so a client
/// that connects and then says nothing would hold its connection for ever. This closes a connection that has not called
/// any hub method within <see cref="HubTimeouts.ClientTimeoutInterval"/> of connecting; from its first call on, SignalR's
/// own timeout takes over.
/// </summary>
public sealed class SilentConnectionGuard(TimeProvider time, IOptions<HubTimeouts> timeouts)
{
    public void Watch(HubCallerContext context)
    {
        var heard = new Heard();
        context.Items[typeof(Heard)] = heard;
        heard.Timer = time.CreateTimer(
            static state =>
            {
                var (watched, connection) = ((Heard, HubCallerContext))state!;
                if (!watched.Value)
                {
                    connection.Abort();
                }
            },
            (heard, context),
            timeouts.Value.ClientTimeoutInterval,
            Timeout.InfiniteTimeSpan);
    }

    /// <summary>The connection called a method: it is not silent.</summary>
    public static void MarkHeard(HubCallerContext context)
    {
        if (context.Items.TryGetValue(typeof(Heard), out var item) && item is Heard heard && !heard.Value)
        {
            heard.Value = true;
            heard.Timer?.Dispose();
        }
    }

    public static void Forget(HubCallerContext context)
    {
        if (context.Items.TryGetValue(typeof(Heard), out var item) && item is Heard heard)
        {
            heard.Timer?.Dispose();
        }
    }

    private sealed class Heard
    {
        private volatile bool _value;

        public bool Value
        {
            get => _value;
            set => _value = value;
        }

        public ITimer? Timer { get; set; }
    }
}
