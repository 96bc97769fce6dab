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
    public async Task PresenceReachesTheLabInBatchesOfEachMembersLatest()
    {
        await using var scene = await LabScene.StartAsync(Server);
        var (a, b) = (scene.Participants[0], scene.Participants[1]);
        var (idA, idB) = (scene.Joins[0].ParticipantId, scene.Joins[1].ParticipantId);

        foreach (var x in new[] { 1.0, 2.0, 12.5 })
        {
            await a.Client.InvokeAsync("Presence", scene.Lab.Id, new { cursor = new { x, y = 40.0 }, editing = (string?)null }).Within();
        }

        await b.Client.InvokeAsync("Presence", scene.Lab.Id, new { cursor = (object?)null, editing = "c-1" }).Within();

        // B reads batches until it holds A's last position and its own update: each batch names a member at most
        // once, and A's positions never go back.
        var seenByB = new List<JsonElement>();
        while (!seenByB.Any(p => Member(p) == idA && p.GetProperty("cursor").GetProperty("x").GetDouble() == 12.5) || !seenByB.Any(p => Member(p) == idB))
        {
            var batch = await b.NextPresenceAsync();
            Assert.Equal(batch.Length, batch.Select(Member).Distinct().Count());
            seenByB.AddRange(batch);
        }

        var positionsOfA = seenByB.Where(p => Member(p) == idA).Select(p => p.GetProperty("cursor").GetProperty("x").GetDouble()).ToList();
        Assert.Equal(positionsOfA.Order(), positionsOfA);
        Assert.Equal("Partecipante A", seenByB.First(p => Member(p) == idA).GetProperty("displayName").GetString());
        Assert.Equal("c-1", seenByB.Single(p => Member(p) == idB).GetProperty("editing").GetString());

        // A is in the lab's group too: it gets B's update (its own, where present, the client leaves out).
        while (!a.Presence.Any(p => Member(p) == idB))
        {
            await a.NextPresenceAsync();
        }

        static string? Member(JsonElement presence) => presence.GetProperty("memberId").GetString();
    }
}
