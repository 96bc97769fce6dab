namespace Laboratori.LoadTest.Join;

/// <summary>
/// What a join storm measured: each participant's whole join (<c>POST /api/join</c>, negotiate and WebSocket, <c>Join</c>
/// with the canvas state) and its three steps, in milliseconds; failures by code; the server's CPU and memory.
/// </summary>
public sealed record JoinStormResult(
    JoinStormOptions Options,
    int Joined,
    int Failed,
    IReadOnlyDictionary<string, long> Errors,
    double Seconds,
    Stats Join,
    Stats Rest,
    Stats Connect,
    Stats HubJoin,
    double? ServerCpuPercent,
    double? ServerKbPerConnection)
{
    public bool Clean => Failed == 0 && Errors.Count == 0;
}
