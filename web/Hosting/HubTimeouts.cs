using System.ComponentModel.DataAnnotations;

namespace Laboratori.Web.Hosting;

/// <summary>The hub's keep-alive contract (section <c>Hub</c>), as docs/protocol.md states it to clients.</summary>
public sealed class HubTimeouts
{
    public const string SectionName = "Hub";

    /// <summary>How often the server pings an idle connection. Default 15 s.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00", ErrorMessage = "Hub:KeepAliveInterval must be between {1} and {2}.")]
    public TimeSpan KeepAliveInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>A connection the server has not heard from (not even a ping) for this long is closed. Default 30 s.</summary>
    [Range(typeof(TimeSpan), "00:00:02", "02:00:00", ErrorMessage = "Hub:ClientTimeoutInterval must be between {1} and {2}.")]
    public TimeSpan ClientTimeoutInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>A connection that has not completed the handshake within this time is closed. Default 15 s.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00", ErrorMessage = "Hub:HandshakeTimeout must be between {1} and {2}.")]
    public TimeSpan HandshakeTimeout { get; set; } = TimeSpan.FromSeconds(15);
}
