namespace Laboratori.LoadTest.Client;

/// <summary>Which SignalR hub protocol a connection speaks (docs/protocol.md, "The hub" and "MessagePack").</summary>
public enum HubProtocolKind
{
    /// <summary>JSON text records ended by 0x1E.</summary>
    Json,

    /// <summary>Binary MessagePack arrays, each after its length as a variable-length integer.</summary>
    MessagePack,
}
