using Laboratori.LoadTest.Client;
using Laboratori.LoadTest.Join;
using Laboratori.Tests.Web;

namespace Laboratori.Tests.Load;

/// <summary>The load generator's <c>join-storm</c>, small: a few dozen participants joining within two seconds, over each protocol.</summary>
[Collection(LabServerCollection.Name)]
public sealed class JoinStormTests(LabServerFixture fixture)
{
    [Theory]
    [InlineData(HubProtocolKind.Json)]
    [InlineData(HubProtocolKind.MessagePack)]
    public async Task Everyone_joins_with_the_state_and_each_join_is_timed(HubProtocolKind protocol)
    {
        var options = new JoinStormOptions(fixture.Server.BaseUrl, Participants: 24, Labs: 3, Within: 2, Hold: 0, Protocol: protocol, UserName: LabServer.Facilitator, Password: LabServer.Facilitator);
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));

        var result = await new JoinStorm(options, [], progress: null).RunAsync(timeout.Token);

        Assert.Empty(result.Errors);
        Assert.Equal(24, result.Joined);
        Assert.Equal(0, result.Failed);
        Assert.True(result.Clean);
        foreach (var stats in new[] { result.Join, result.Rest, result.Connect, result.HubJoin })
        {
            Assert.Equal(24, stats.Count);
            // Each step was timed: nothing takes no time at all (a median of 0 would be a stopwatch never started).
            Assert.True(stats.Median > 0, "every step was measured");
        }

        Assert.True(result.Join.Median >= result.HubJoin.Median, "a whole join takes at least its last step");
        Assert.Contains("joined 24, failed 0", JoinStorm.Table(result), StringComparison.Ordinal);
    }

    [Fact]
    public void Options_are_read_from_the_command_line()
    {
        Assert.True(JoinStormOptions.TryParse(["--url", "http://127.0.0.1:5180", "--participants", "6000", "--labs", "200", "--within", "60", "--protocol", "msgpack"], out var options, out var error), error);
        Assert.Equal((new Uri("http://127.0.0.1:5180/"), 6000, 200, 60.0, HubProtocolKind.MessagePack), (options!.Url, options.Participants, options.Labs, options.Within, options.Protocol));
        Assert.False(JoinStormOptions.TryParse(["--participants", "0"], out _, out _));
        Assert.False(JoinStormOptions.TryParse(["--protocol", "xml"], out _, out _));
    }
}
