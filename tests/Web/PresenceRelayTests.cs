using Laboratori.Web.Hubs;
using Microsoft.Extensions.Logging.Abstractions;

namespace Laboratori.Tests.Web;

public sealed class PresenceRelayTests
{
    private readonly List<(string LabId, string[] Updates)> _sent = [];
    private Func<string, Task> _sending = _ => Task.CompletedTask;

    private PresenceRelay Relay(TimeSpan? interval = null) =>
        new((labId, updates) =>
        {
            lock (_sent)
            {
                _sent.Add((labId, [.. updates.Select(u => $"{u.MemberId}@{u.Cursor?.X}")]));
            }

            return _sending(labId);
        }, interval ?? TimeSpan.FromHours(1), TimeProvider.System, NullLogger<PresenceRelay>.Instance);

    private static PresenceUpdate At(string memberId, double x) => new(memberId, memberId, new CursorPosition(x, 0), null, null);

    [Fact]
    public void ARoundSendsEachLabTheLatestOfEachMemberOnce()
    {
        var relay = Relay();
        relay.Post("lab-a", At("anna", 1));
        relay.Post("lab-a", At("bruno", 5));
        relay.Post("lab-a", At("anna", 2));
        relay.Post("lab-b", At("carla", 9));

        relay.Flush();
        relay.Flush();

        Assert.Equal(2, _sent.Count);
        Assert.Equal(["anna@2", "bruno@5"], _sent.Single(s => s.LabId == "lab-a").Updates.Order());
        Assert.Equal(["carla@9"], _sent.Single(s => s.LabId == "lab-b").Updates);
    }

    [Fact]
    public void ALabStillWritingItsLastBatchWaitsForTheNextRoundWithTheNewerPositions()
    {
        var relay = Relay();
        var writing = new TaskCompletionSource();
        _sending = labId => labId == "lab-a" ? writing.Task : Task.CompletedTask;
        relay.Post("lab-a", At("anna", 1));
        relay.Flush();

        relay.Post("lab-a", At("anna", 2));
        relay.Post("lab-a", At("anna", 3));
        relay.Post("lab-b", At("carla", 9));
        relay.Flush();
        Assert.Equal(["anna@1", "carla@9"], _sent.SelectMany(s => s.Updates));

        writing.SetResult();
        relay.Flush();
        Assert.Equal(["anna@1", "carla@9", "anna@3"], _sent.SelectMany(s => s.Updates));
    }

    [Fact]
    public void AMembersUnchangedUpdateIsLeftOutAndARoundWithNothingNewSendsNothing()
    {
        var relay = Relay();
        relay.Post("lab-a", At("anna", 1));
        relay.Post("lab-a", At("bruno", 5));
        relay.Flush();

        relay.Post("lab-a", At("anna", 1));
        relay.Post("lab-a", At("bruno", 6));
        relay.Flush();

        // Anna moved away and back within one round: the others already show where she is.
        relay.Post("lab-a", At("anna", 2));
        relay.Post("lab-a", At("anna", 1));
        relay.Flush();

        Assert.Equal(2, _sent.Count);
        Assert.Equal(["anna@1", "bruno@5"], _sent[0].Updates.Order());
        Assert.Equal(["bruno@6"], _sent[1].Updates);
    }

    [Fact]
    public void AnEditingMarkerThatChangesAloneIsSent()
    {
        var relay = Relay();
        relay.Post("lab-a", new PresenceUpdate("anna", "Anna", new CursorPosition(1, 0), null, null));
        relay.Flush();
        relay.Post("lab-a", new PresenceUpdate("anna", "Anna", new CursorPosition(1, 0), "c-1", null));
        relay.Flush();

        Assert.Equal(2, _sent.Count);
    }

    [Fact]
    public void AFailedSendDoesNotStopTheNextRounds()
    {
        var relay = Relay();
        _sending = _ => Task.FromException(new InvalidOperationException("connection gone"));
        relay.Post("lab-a", At("anna", 1));
        relay.Flush();

        _sending = _ => Task.CompletedTask;
        relay.Post("lab-a", At("anna", 2));
        relay.Flush();

        Assert.Equal(["anna@1", "anna@2"], _sent.SelectMany(s => s.Updates));
    }

    [Fact]
    public async Task WhenRunningItSendsByItselfEveryInterval()
    {
        var relay = Relay(TimeSpan.FromMilliseconds(20));
        var sent = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        _sending = labId =>
        {
            sent.TrySetResult(labId);
            return Task.CompletedTask;
        };

        await relay.StartAsync(CancellationToken.None);
        relay.Post("lab-a", At("anna", 1));
        Assert.Equal("lab-a", await sent.Task.WaitAsync(TimeSpan.FromSeconds(10)));
        await relay.StopAsync(CancellationToken.None);
    }
}
