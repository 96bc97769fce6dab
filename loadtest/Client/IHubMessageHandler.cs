namespace Laboratori.LoadTest.Client;

/// <summary>
/// Receives a connection's server invocations (<c>Events</c>, <c>Presence</c>) on its receive loop, one at a time per
/// connection. <paramref name="record"/> is the whole JSON record (without the separator) and is only valid during the call.
/// </summary>
public interface IHubMessageHandler
{
    void OnInvocation(string target, ReadOnlySpan<byte> record, long receivedAt);
}
