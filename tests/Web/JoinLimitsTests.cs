namespace Laboratori.Tests.Web;

/// <summary>The server tells clients its limits on Join, so the browser checks against the configured figures, not a copy.</summary>
[Collection(LabServerCollection.Name)]
public sealed class JoinLimitsTests(LabServerFixture fixture)
{
    [Fact]
    public async Task JoinCarriesTheConfiguredLimitsWhetherTheCanvasOrOnlyNewEventsComeBack()
    {
        await using var scene = await LabScene.StartAsync(fixture.Server, participants: 1);

        var fresh = (await scene.Participants[0].JoinAsync()).GetProperty("limits");
        var caughtUp = (await scene.Participants[0].JoinAsync(afterSeq: 1)).GetProperty("limits");

        foreach (var limits in new[] { fresh, caughtUp })
        {
            Assert.Equal(
                (500, 120, 1_000, 3_000, 200, 100, 50),
                (limits.GetProperty("maxTextLength").GetInt32(), limits.GetProperty("maxTitleLength").GetInt32(), limits.GetProperty("maxCards").GetInt32(),
                 limits.GetProperty("maxLinks").GetInt32(), limits.GetProperty("maxCommentsPerCard").GetInt32(), limits.GetProperty("maxThemes").GetInt32(),
                 limits.GetProperty("maxVoteBudget").GetInt32()));

            // The test server raises the rate limits in its configuration: the reply says the configured figure.
            Assert.Equal((10_000d, 10_000), (limits.GetProperty("operationsPerSecond").GetDouble(), limits.GetProperty("operationsBurst").GetInt32()));
        }
    }

    [Fact]
    public async Task ARefusedJoinCarriesNoLimits()
    {
        await using var scene = await LabScene.StartAsync(fixture.Server, participants: 0, phase: null);
        await using var stranger = new HubPeer(await scene.Server.ConnectAsync(await scene.Server.StaffTokenAsync(LabServer.Facilitator)), "lab-che-non-esiste");

        var refused = await stranger.JoinAsync();

        Assert.Equal("lab_not_found", refused.GetProperty("error").GetProperty("code").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, refused.GetProperty("limits").ValueKind);
    }
}
