using System.Net;
using System.Text.Json;
using Laboratori.LoadTest.Client;

namespace Laboratori.Tests.Web;

/// <summary>Each audience gets its own version of the events (private and anonymous modes, votes), and a removed participant is out.</summary>
[Collection(LabServerCollection.Name)]
public sealed class FacilitationHubTests(LabServerFixture fixture)
{
    [Fact]
    public async Task AHiddenCardReachesOthersFaceDownAndItsAuthorAndStaffAsWritten()
    {
        await using var scene = await LabScene.StartAsync(fixture.Server, participants: 2);
        var (anna, bruno) = (scene.Participants[0], scene.Participants[1]);

        await scene.Facilitator.ApplyOkAsync("lab.private", new { enabled = true });
        var added = await anna.ApplyOkAsync("card.add", Payloads.AddCard("c1", "Solo per me"));

        Assert.Equal("Solo per me", Text(Last(await anna.ReceiveUntilAsync(added))));
        Assert.Equal("", Text(Last(await bruno.ReceiveUntilAsync(added))));
        Assert.Equal("Solo per me", Text(Last(await scene.Facilitator.ReceiveUntilAsync(added))));

        // Read again, by REST and by a fresh Join, the canvas is face down for Bruno too.
        var canvas = await scene.Server.Api.GetAsync(scene.Joins[1].Token, $"api/labs/{scene.Lab.Id}/canvas");
        Assert.Equal("", canvas.GetProperty("state").GetProperty("cards").GetProperty("c1").GetProperty("text").GetString());
        var events = await scene.Server.Api.GetAsync(scene.Joins[1].Token, $"api/labs/{scene.Lab.Id}/events?after={added - 1}");
        Assert.Equal("", Text(events.GetProperty("events")[0]));
        await using (var again = new HubPeer(await scene.Server.ConnectAsync(scene.Joins[1].Token), scene.Lab.Id))
        {
            var joined = await again.JoinAsync();
            Assert.Equal("", joined.GetProperty("state").GetProperty("state").GetProperty("cards").GetProperty("c1").GetProperty("text").GetString());
        }

        var revealed = await scene.Facilitator.ApplyOkAsync("lab.reveal", new { cardIds = (string[]?)null });
        var reveal = Last(await bruno.ReceiveUntilAsync(revealed));
        Assert.Equal("Solo per me", reveal.GetProperty("payload").GetProperty("cards").GetProperty("c1").GetString());
    }

    [Fact]
    public async Task OthersSeeVotesAndAnonymousCardsWithoutTheirAuthor()
    {
        await using var scene = await LabScene.StartAsync(fixture.Server, participants: 2);
        var (anna, bruno) = (scene.Participants[0], scene.Participants[1]);
        var annaId = scene.Joins[0].ParticipantId;

        await scene.Facilitator.ApplyOkAsync("lab.anonymous", new { enabled = true });
        await anna.ApplyOkAsync("card.add", Payloads.AddCard("c1", "Senza nome"));
        var voted = await anna.ApplyOkAsync("vote.cast", new { cardId = "c1" });

        var seenByBruno = await bruno.ReceiveUntilAsync(voted);
        Assert.All(seenByBruno.TakeLast(2), e => Assert.Equal("", e.GetProperty("author").GetString()));
        Assert.All(seenByBruno.TakeLast(2), e => Assert.Equal("", e.GetProperty("clientOpId").GetString()));
        Assert.All((await anna.ReceiveUntilAsync(voted)).TakeLast(2), e => Assert.Equal(annaId, e.GetProperty("author").GetString()));
        Assert.All((await scene.Facilitator.ReceiveUntilAsync(voted)).TakeLast(2), e => Assert.Equal(annaId, e.GetProperty("author").GetString()));
    }

    [Fact]
    public async Task ARemovedParticipantIsTakenOutAndCannotComeBack()
    {
        await using var scene = await LabScene.StartAsync(fixture.Server, participants: 2);
        var bruno = scene.Participants[1];
        var brunoId = scene.Joins[1].ParticipantId;

        var removed = await scene.Facilitator.ApplyOkAsync("member.remove", new { memberId = brunoId });

        var cancel = Waits.Token();
        ServerMessage message;
        do
        {
            message = await bruno.Client.Messages.ReadAsync(cancel);
        }
        while (message.Target != "Removed");
        Assert.Equal("removed", message.Arguments[1].GetProperty("code").GetString());

        var refused = await bruno.ApplyAsync("card.add", Payloads.AddCard("b1", "Ancora qui?"));
        Assert.Equal("not_in_lab", refused.GetProperty("error").GetProperty("code").GetString());
        await using var again = new HubPeer(await scene.Server.ConnectAsync(scene.Joins[1].Token), scene.Lab.Id);
        Assert.Equal("removed", (await again.JoinAsync()).GetProperty("error").GetProperty("code").GetString());
        var rest = await Assert.ThrowsAsync<LabApiException>(() => scene.Server.Api.GetAsync(scene.Joins[1].Token, $"api/labs/{scene.Lab.Id}/canvas"));
        Assert.Equal((HttpStatusCode.Forbidden, "removed"), (rest.StatusCode, rest.Code));

        var stillHere = await scene.Participants[0].ApplyOkAsync("card.add", Payloads.AddCard("a1", "Io ci sono"));
        Assert.Equal(removed + 1, stillHere);
    }

    [Fact]
    public async Task JoinTellsTheServerTimeAndTheLeaderViewportIsRelayed()
    {
        await using var scene = await LabScene.StartAsync(fixture.Server, participants: 1);
        var before = DateTimeOffset.UtcNow.AddMinutes(-1);
        var joined = await scene.Participants[0].JoinAsync();
        Assert.InRange(joined.GetProperty("serverTime").GetDateTimeOffset(), before, DateTimeOffset.UtcNow.AddMinutes(1));

        await scene.Facilitator.ApplyOkAsync("lab.follow", new { enabled = true });
        await scene.Facilitator.Client.SendAsync("Presence", scene.Lab.Id, new { cursor = (object?)null, editing = (string?)null, viewport = new { x = 100.0, y = 50.0, width = 1280.0, height = 720.0 } });

        var presence = Assert.Single(await scene.Participants[0].NextPresenceAsync());
        Assert.Equal(1280, presence.GetProperty("viewport").GetProperty("width").GetDouble());
    }

    private static JsonElement Last(List<JsonElement> events) => events[^1];

    private static string? Text(JsonElement @event) => @event.GetProperty("payload").GetProperty("text").GetString();
}
