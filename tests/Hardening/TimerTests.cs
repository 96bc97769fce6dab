using System.Security.Claims;
using Laboratori.Web.Hosting;
using Laboratori.Web.Hubs;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Laboratori.Tests.Hardening;

/// <summary>The node's timers driven by a fake clock: the silent-connection guard and the presence rounds.</summary>
public sealed class TimerTests
{
    private static readonly TimeSpan ClientTimeout = TimeSpan.FromSeconds(30);

    [Fact]
    public void ASilentConnectionIsAbortedWhenItsTimeoutHasPassedAndNotBefore()
    {
        var clock = new FakeTimeProvider();
        var guard = new SilentConnectionGuard(clock, Options.Create(new HubTimeouts { ClientTimeoutInterval = ClientTimeout }));
        var connection = new Connection();
        guard.Watch(connection);

        clock.Advance(ClientTimeout - TimeSpan.FromMilliseconds(1));
        var abortedEarly = connection.Aborted;
        clock.Advance(TimeSpan.FromMilliseconds(1));

        Assert.Equal((0, 1), (abortedEarly, connection.Aborted));
    }

    [Fact]
    public void AConnectionThatCalledAMethodIsLeftToSignalRsOwnTimeout()
    {
        var clock = new FakeTimeProvider();
        var guard = new SilentConnectionGuard(clock, Options.Create(new HubTimeouts { ClientTimeoutInterval = ClientTimeout }));
        var connection = new Connection();
        guard.Watch(connection);

        clock.Advance(ClientTimeout / 2);
        SilentConnectionGuard.MarkHeard(connection);
        clock.Advance(ClientTimeout * 4);

        Assert.Equal(0, connection.Aborted);
    }

    [Fact]
    public async Task PresenceGoesOutWhenTheClockReachesTheRoundAndNotBefore()
    {
        var clock = new FakeTimeProvider();
        var interval = TimeSpan.FromMilliseconds(100);
        var sent = System.Threading.Channels.Channel.CreateUnbounded<(string LabId, int Count)>();
        using var relay = new PresenceRelay((labId, updates) => sent.Writer.WriteAsync((labId, updates.Count)).AsTask(), interval, clock, NullLogger<PresenceRelay>.Instance);
        await relay.StartAsync(CancellationToken.None);
        relay.Post("lab-a", new PresenceUpdate("anna", "Anna", new CursorPosition(1, 2), null, null));
        relay.Post("lab-a", new PresenceUpdate("bruno", "Bruno", new CursorPosition(3, 4), null, null));

        // The relay's loop starts on its own thread and may create its timer after a first step of the clock: step the
        // clock a round at a time until the round goes out, without ever waiting on real time for it.
        var beforeTheClockMoved = sent.Reader.TryRead(out _);
        (string LabId, int Count) round;
        using var cancel = new CancellationTokenSource(Web.Waits.Timeout);
        while (!sent.Reader.TryRead(out round))
        {
            cancel.Token.ThrowIfCancellationRequested();
            clock.Advance(interval);
            await Task.Yield();
        }

        await relay.StopAsync(CancellationToken.None);

        Assert.False(beforeTheClockMoved);
        Assert.Equal(("lab-a", 2), round);
    }

    private sealed class Connection : HubCallerContext
    {
        private int _aborted;

        public int Aborted => Volatile.Read(ref _aborted);

        public override string ConnectionId => "c-1";

        public override string? UserIdentifier => null;

        public override ClaimsPrincipal? User => null;

        public override IDictionary<object, object?> Items { get; } = new Dictionary<object, object?>();

        public override IFeatureCollection Features { get; } = new FeatureCollection();

        public override CancellationToken ConnectionAborted => CancellationToken.None;

        public override void Abort() => Interlocked.Increment(ref _aborted);
    }
}
