namespace Laboratori.Tests.Web;

[Collection(LabServerCollection.Name)]
public sealed class CatchUpTests(LabServerFixture fixture)
{
    private LabServer Server => fixture.Server;

    [Fact]
    public async Task AReconnectingClientGetsExactlyTheEventsItMissedInOrder()
    {
        await using var scene = await LabScene.StartAsync(Server, participants: 2);
        var (a, c) = (scene.Participants[0], scene.Participants[1]);
        var before = await a.ApplyOkAsync("card.add", Payloads.AddCard("first", "Prima"));
        await c.ReceiveUntilAsync(before);
        var held = c.LastSeq;
        await c.DisposeAsync();

        var missed = new List<long>();
        for (var i = 0; i < 20; i++)
        {
            missed.Add(await a.ApplyOkAsync("card.add", Payloads.AddCard($"m-{i}", $"Mentre eri via {i}")));
        }

        await using var back = new HubPeer(await Server.ConnectAsync(scene.Joins[1].Token), scene.Lab.Id);
        var reply = await back.JoinAsync(held);
        var page = reply.GetProperty("events");
        var events = page.GetProperty("events").EnumerateArray().ToList();

        Assert.Equal(System.Text.Json.JsonValueKind.Null, reply.GetProperty("state").ValueKind);
        Assert.False(page.GetProperty("hasMore").GetBoolean());
        Assert.Equal(Enumerable.Range(1, events.Count).Select(i => held + i), events.Select(e => e.GetProperty("seq").GetInt64()));
        Assert.Equal(page.GetProperty("lastSeq").GetInt64(), events[^1].GetProperty("seq").GetInt64());
        Assert.Equal(missed, events.Where(e => e.GetProperty("type").GetString() == "card.add").Select(e => e.GetProperty("seq").GetInt64()));
    }

    [Fact]
    public async Task CatchUpReturnsAThousandEventsAPageAndSaysWhenThereAreMore()
    {
        await using var scene = await LabScene.StartAsync(Server, participants: 3);
        var editors = scene.Participants.Prepend(scene.Facilitator).ToList();
        await Task.WhenAll(editors.Select((p, n) => p.ApplyOkAsync("card.add", Payloads.AddCard($"card-{n}", "Da spostare"))));
        var lastSeqs = await Task.WhenAll(editors.Select(async (p, n) =>
        {
            var last = 0L;
            for (var i = 0; i < 260; i++)
            {
                last = await p.ApplyOkAsync("card.move", Payloads.MoveCard($"card-{n}", i, i));
            }

            return last;
        }));
        var total = lastSeqs.Max();

        var first = await scene.Facilitator.Client.InvokeAsync("CatchUp", scene.Lab.Id, 0L).Within();
        var second = await scene.Facilitator.Client.InvokeAsync("CatchUp", scene.Lab.Id, 1_000L).Within();
        var negative = await scene.Facilitator.Client.InvokeAsync("CatchUp", scene.Lab.Id, -1L).Within();

        Assert.True(total > 1_000);
        Assert.Equal(Enumerable.Range(1, 1_000).Select(i => (long)i), first.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("seq").GetInt64()));
        Assert.True(first.GetProperty("hasMore").GetBoolean());
        Assert.Equal(total, first.GetProperty("lastSeq").GetInt64());
        Assert.Equal(Enumerable.Range(1_001, (int)total - 1_000).Select(i => (long)i), second.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("seq").GetInt64()));
        Assert.False(second.GetProperty("hasMore").GetBoolean());
        Assert.Equal("seq_out_of_range", negative.GetProperty("error").GetProperty("code").GetString());
    }
}
