using Laboratori.LoadTest.Baseline;
using Laboratori.LoadTest.Client;
using Laboratori.LoadTest.Run;
using Laboratori.Tests.Web;

namespace Laboratori.Tests.Load;

/// <summary>
/// The load generator's <c>run</c> scenario, small: a few labs of three participants for a few seconds against a real
/// node (Kestrel, SQLite in a temporary folder, the server's default limits) and against the bare baseline hub.
/// Every wait in it is bounded and ends on a condition (all deliveries seen), never on a sleep.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Reliability", "CA1001", Justification = "xunit disposes it through IAsyncLifetime.DisposeAsync.")]
public sealed class LoadSmokeTests : IAsyncLifetime
{
    private LabServer? _server;

    private LabServer Server => _server ?? throw new InvalidOperationException("The server has not started.");

    public Task InitializeAsync()
    {
        // The default limits on operations and presence (protocol.md), as in production; only sign-in and join attempts,
        // which all come from one address here, stay raised.
        _server = new LabServer(new Dictionary<string, string?>
        {
            ["Limits:OperationsPerSecond"] = "10",
            ["Limits:OperationsBurst"] = "30",
            ["Limits:PresencePerSecond"] = "10",
        });
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }

    [Theory]
    [InlineData(HubProtocolKind.Json, BaselinePresenceMode.Batched)]
    [InlineData(HubProtocolKind.MessagePack, BaselinePresenceMode.Batched)]
    [InlineData(HubProtocolKind.MessagePack, BaselinePresenceMode.Relay)]
    public async Task Labs_of_participants_act_and_every_peer_receives_every_operation_once_on_the_platform_and_the_baseline(HubProtocolKind protocol, BaselinePresenceMode baselinePresence)
    {
        var options = RunOptions.Default with
        {
            Protocol = protocol,
            BaselinePresence = baselinePresence,
            IdleShare = 0.5,
            Urls = [Server.BaseUrl],
            Labs = 3,
            Participants = 3,
            Rate = 2,
            Presence = 2,
            Duration = 3,
            RampUp = 1,
            Drain = 30,
            Baseline = true,
            UserName = LabServer.Facilitator,
            Password = LabServer.Facilitator,
        };

        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        var report = await RunCommand.RunOnceAsync(options, [], progress: null, baselineInProcess: true, timeout.Token);

        foreach (var run in new[] { report.Platform, report.Baseline! })
        {
            Assert.Empty(run.Errors);
            Assert.Equal(0, run.ConnectionFailures);
            Assert.Equal(9, run.Connections);
            Assert.True(run.OpsSent >= 9, $"{run.Target}: every participant acts at least once in the window, sent {run.OpsSent}");
            Assert.Equal(run.OpsSent, run.OpsAcked);
            Assert.True(run.AckedPerSecond > 0, run.Target);
            Assert.True(run.ExpectedDeliveries == run.Deliveries, $"{run.Target}: {run.Deliveries} of {run.ExpectedDeliveries} deliveries");
            Assert.Equal(2 * run.OpsSent, run.ExpectedDeliveries);
            Assert.Equal(0, run.MissingDeliveries);
            Assert.Equal(0, run.PeersWithoutDeliveries);
            Assert.Equal(0, run.SeqGaps);
            Assert.Equal(0, run.DuplicateDeliveries);
            Assert.True(run.WireReceivedPerConnection > 0 && run.WireSentPerConnection > 0, $"{run.Target}: bytes on the wire were counted");
            Assert.True(run.PresenceReceived > 0, $"{run.Target}: presence was relayed");
            Assert.Equal(run.Deliveries, run.Delivery.Count);
            Assert.True(run.Delivery.Median > 0, $"{run.Target}: deliveries were timed");
            Assert.True(run.Clean, run.Target);
        }

        Assert.NotNull(report.ThroughputRatio);
        Assert.NotNull(report.P99Ratio);
        Assert.Contains("platform/baseline", RunCommand.Table(report), StringComparison.Ordinal);
        Assert.Contains(options.BaselineLabel, RunCommand.Table(report), StringComparison.Ordinal);
        Assert.Equal(options.BaselineLabel, report.Baseline!.Target);
    }

    [Fact]
    public void Several_urls_spread_the_participants_over_nodes()
    {
        Assert.True(RunOptions.TryParse(["--url", "http://127.0.0.1:5081,http://127.0.0.1:5082/", "--url", "http://127.0.0.1:5083", "--labs", "200", "--ceiling"], out var options, out var error), error);
        Assert.Equal([new Uri("http://127.0.0.1:5081/"), new Uri("http://127.0.0.1:5082/"), new Uri("http://127.0.0.1:5083/")], options!.Urls);
        Assert.Equal(200, options.Labs);
        Assert.True(options.Ceiling);
        Assert.False(RunOptions.TryParse(["--url", "ftp://x"], out _, out error));
        Assert.False(RunOptions.TryParse(["--participants", "1"], out _, out _));
    }

    [Fact]
    public void The_protocol_the_idle_share_and_the_baseline_are_chosen_by_option()
    {
        Assert.True(RunOptions.TryParse(["--protocol", "msgpack", "--idle", "0.25", "--baseline-presence", "relay"], out var options, out var error), error);
        Assert.Equal(HubProtocolKind.MessagePack, options!.Protocol);
        Assert.Equal(0.25, options.IdleShare);
        Assert.Equal(BaselinePresenceMode.Relay, options.BaselinePresence);
        Assert.Equal("baseline (relay)", options.BaselineLabel);
        Assert.True(RunOptions.TryParse([], out var defaults, out _));
        Assert.Equal((HubProtocolKind.Json, 0.5, BaselinePresenceMode.Batched), (defaults!.Protocol, defaults.IdleShare, defaults.BaselinePresence));
        Assert.False(RunOptions.TryParse(["--protocol", "xml"], out _, out _));
        Assert.False(RunOptions.TryParse(["--idle", "1.5"], out _, out _));
        Assert.False(RunOptions.TryParse(["--baseline-presence", "sometimes"], out _, out _));
    }
}
