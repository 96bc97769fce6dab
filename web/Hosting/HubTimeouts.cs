namespace Laboratori.Web.Hosting;

/// <summary>The hub's keep-alive contract (section <c>Hub</c>), as docs/protocol.md states it to clients.</summary>
public sealed class HubTimeouts
{
    public const string SectionName = "Hub";

    /// <summary>How often the server pings an idle connection. Default 15 s.</summary>
    public TimeSpan KeepAliveInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>A connection the server has not heard from (not even a ping) for this long is closed. Default 30 s.</summary>
    public TimeSpan ClientTimeoutInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>A connection that has not completed the handshake within this time is closed. Default 15 s.</summary>
    public TimeSpan HandshakeTimeout { get; set; } = TimeSpan.FromSeconds(15);
}
