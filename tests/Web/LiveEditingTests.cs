using System.Text.Json;

namespace Laboratori.Tests.Web;

[Collection(LabServerCollection.Name)]
public sealed class LiveEditingTests(LabServerFixture fixture)
{
    private LabServer Server => fixture.Server;

    [Fact]
    public async Task EachParticipantSeesTheOthersCardsInSeqOrderWithTheAcknowledgedSeqs()
    {
        await using var scene = await LabScene.StartAsync(Server);
        var (a, b) = (scene.Participants[0], scene.Participants[1]);

        var fromA = new List<long>();
        for (var i = 0; i < 10; i++)
        {
            fromA.Add(await a.ApplyOkAsync("card.add", Payloads.AddCard($"a-{i}", $"Bisogno {i}")));
        }

        var seenByB = await b.ReceiveUntilAsync(fromA[^1]);
        var cardsSeenByB = seenByB.Where(e => e.GetProperty("type").GetString() == "card.add").ToList();
        Assert.Equal(fromA, cardsSeenByB.Select(e => e.GetProperty("seq").GetInt64()));
        Assert.Equal(Enumerable.Range(0, 10).Select(i => $"a-{i}"), cardsSeenByB.Select(e => e.GetProperty("payload").GetProperty("cardId").GetString()));
        Assert.All(cardsSeenByB, e => Assert.Equal(scene.Joins[0].ParticipantId, e.GetProperty("author").GetString()));

        var fromB = new List<long>();
        for (var i = 0; i < 5; i++)
        {
            fromB.Add(await b.ApplyOkAsync("card.add", Payloads.AddCard($"b-{i}", $"Risorsa {i}", "risorse")));
        }

        var seenByA = await a.ReceiveUntilAsync(fromB[^1]);
        Assert.Equal([.. fromA, .. fromB], seenByA.Where(e => e.GetProperty("type").GetString() == "card.add").Select(e => e.GetProperty("seq").GetInt64()));
    }

    [Fact]
    public async Task TheSameClientOpIdTwiceGetsTheSameSeqAndMakesOneEvent()
    {
        await using var scene = await LabScene.StartAsync(Server);
        var (a, b) = (scene.Participants[0], scene.Participants[1]);

        var first = await a.ApplyAsync("card.add", Payloads.AddCard("twice", "Una volta sola"), "retry-1");
        var second = await a.ApplyAsync("card.add", Payloads.AddCard("twice", "Una volta sola"), "retry-1");
        var marker = await a.ApplyOkAsync("card.add", Payloads.AddCard("marker", "Dopo"));

        Assert.Equal(JsonValueKind.Null, second.GetProperty("error").ValueKind);
        Assert.Equal(first.GetProperty("seq").GetInt64(), second.GetProperty("seq").GetInt64());
        var events = await b.ReceiveUntilAsync(marker);
        Assert.Single(events, e => e.GetProperty("clientOpId").GetString() == "retry-1");
        Assert.Equal(first.GetProperty("seq").GetInt64() + 1, marker);
    }

    [Fact]
    public async Task PresenceReachesTheOthersButNotTheSender()
    {
        await using var scene = await LabScene.StartAsync(Server);
        var (a, b) = (scene.Participants[0], scene.Participants[1]);

        await a.Client.InvokeAsync("Presence", scene.Lab.Id, new { cursor = new { x = 12.5, y = 40.0 }, editing = (string?)null }).Within();
        var seenByB = await b.NextPresenceAsync();
        await b.Client.InvokeAsync("Presence", scene.Lab.Id, new { cursor = new { x = 1.0, y = 2.0 }, editing = (string?)null }).Within();
        var seenByA = await a.NextPresenceAsync();

        Assert.Equal(scene.Joins[0].ParticipantId, seenByB.GetProperty("memberId").GetString());
        Assert.Equal("Partecipante A", seenByB.GetProperty("displayName").GetString());
        Assert.Equal(12.5, seenByB.GetProperty("cursor").GetProperty("x").GetDouble());
        Assert.Equal(scene.Joins[1].ParticipantId, seenByA.GetProperty("memberId").GetString());
        Assert.DoesNotContain(a.Presence, p => p.GetProperty("memberId").GetString() == scene.Joins[0].ParticipantId);
    }
}
