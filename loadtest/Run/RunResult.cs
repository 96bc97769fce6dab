using Laboratori.Contracts;

namespace Laboratori.LoadTest.Run;

/// <summary>
/// The server processes' figures (summed over the nodes): at the start, idle (labs made, nobody joined), connected
/// (after ramp-up, before any operation) and at the end of the steady state. Per connection: growth from idle.
/// </summary>
public sealed record ServerFigures(
    IReadOnlyList<int> Pids,
    long StartRssKb,
    long IdleRssKb,
    long ConnectedRssKb,
    long SteadyRssKb,
    double ConnectedKbPerConnection,
    double SteadyKbPerConnection,
    double RampCpuPercent,
    double SteadyCpuPercent,
    int IdleThreads,
    int SteadyThreads)
{
    /// <summary>
    /// RSS growth from half the participants joined to all joined, per connection made in between: what one more
    /// connection costs, without the one-off costs that the first joins pay (code compiled, threads started, caches
    /// filled) and that <see cref="ConnectedKbPerConnection"/> spreads over the connections. Null without a half-way sample.
    /// </summary>
    public double? SecondHalfKbPerConnection { get; init; }
}

/// <summary>One scenario against one target.</summary>
public sealed record RunResult(
    string Target,
    IReadOnlyList<Uri> Urls,
    int Labs,
    int Participants,
    long Connections,
    long ConnectionFailures,
    double RampSeconds,
    double SteadySeconds,
    long OpsSent,
    long OpsAcked,
    double AckedPerSecond,
    long EventMessages,
    long EventsReceived,
    long PresenceReceived,
    long PresenceUpdatesReceived,
    double BroadcastMessagesPerSecond,
    double EventsPerSecond,
    double PresencePerSecond,
    double PresenceUpdatesPerSecond,
    Stats Delivery,
    Stats Ack,
    long ExpectedDeliveries,
    long Deliveries,
    long MissingDeliveries,
    long SeqGaps,
    IReadOnlyDictionary<string, long> Errors,
    long ErrorCount,
    ServerFigures? Server,
    double LoadGeneratorCpuPercent,
    int PeersWithoutDeliveries,
    double WireReceivedPerConnection = 0,
    double WireSentPerConnection = 0,
    long DuplicateDeliveries = 0)
{
    public bool Clean => ErrorCount == 0 && ConnectionFailures == 0 && MissingDeliveries == 0 && DuplicateDeliveries == 0;
}

/// <summary>What the <c>run</c> command writes with <c>--output</c>.</summary>
public sealed record RunReport(string Machine, RunOptions Options, RunResult Platform, RunResult? Baseline, double? ThroughputRatio, double? P99Ratio, double? MedianRatio);
