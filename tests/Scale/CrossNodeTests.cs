using System.Text.Json;
using Laboratori.Tests.Web;
using Xunit.Abstractions;

namespace Laboratori.Tests.Scale;

/// <summary>
/// Two nodes of one cluster on one PostgreSQL database, no proxy: participants of one lab connected to different nodes
/// reach the lab's one canvas activation, and hear its events through their own node's observer.
/// </summary>
[Collection(ScaleCollection.Name)]
public sealed class CrossNodeTests(TwoNodesFixture fixture, ITestOutputHelper output) : IClassFixture<TwoNodesFixture>
{
    private Nodes Nodes => fixture.Nodes;

    [Fact]
    public async Task AParticipantOnOneNodeSeesLiveTheEditsOfAParticipantOnTheOther()
    {
        var lab = await ScaleLab.CreateAsync(Nodes[0].Url, participants: 2);
        await using var anna = await lab.ConnectAsync(Nodes[0].Url, 0);
        await using var bruno = await lab.ConnectAsync(Nodes[1].Url, 1);
        try
        {
            var added = await anna.ApplyOkAsync("card.add", Payloads.AddCard("c-anna", "Anziani soli"), "anna-1");
            var seenByBruno = await bruno.ReceiveUntilAsync(added);
            Assert.Equal("anna-1", seenByBruno[^1].GetProperty("clientOpId").GetString());
            Assert.Equal("Anziani soli", seenByBruno[^1].GetProperty("payload").GetProperty("text").GetString());

            // Bruno acts at once on what he was shown: his node validates it against the same state.
            var moved = await bruno.ApplyOkAsync("card.move", Payloads.MoveCard("c-anna", 300, 200), "bruno-1");
            var seenByAnna = await anna.ReceiveUntilAsync(moved);
            Assert.Equal("bruno-1", seenByAnna[^1].GetProperty("clientOpId").GetString());
            Assert.Equal(300, seenByAnna[^1].GetProperty("payload").GetProperty("x").GetDouble());
        }
        catch (Exception) when (Report())
        {
            throw;
        }
    }

    [Fact]
    public async Task ConcurrentWritersOnTwoNodesLeaveOneGaplessLogWithEveryAcknowledgedOperationOnce()
    {
        const int writersPerNode = 2, operationsEach = 40, inFlightEach = 4;
        var lab = await ScaleLab.CreateAsync(Nodes[0].Url, participants: 2 * writersPerNode);
        var peers = new List<HubPeer>();
        for (var i = 0; i < 2 * writersPerNode; i++)
        {
            peers.Add(await lab.ConnectAsync(Nodes[i % 2].Url, i));
        }

        try
        {
            var fencesBefore = Nodes.Fences();
            var acks = await Task.WhenAll(peers.Select((peer, i) => WriteAsync(peer, $"w{i}", operationsEach, inFlightEach)));

            var log = await Nodes.ReadLogAsync(lab.Id);
            Assert.Equal(Enumerable.Range(1, log.Count).Select(i => (long)i), log.Select(e => e.Seq));
            Assert.Empty(log.GroupBy(e => (e.Author, e.ClientOpId)).Where(g => g.Count() > 1).Select(g => g.Key));
            var bySeq = log.ToDictionary(e => e.Seq);
            foreach (var (writer, acked) in acks.Index())
            {
                Assert.Equal(operationsEach, acked.Count);
                Assert.All(acked, a => Assert.Equal(a.Key, bySeq[a.Value].ClientOpId));
                Assert.Equal(operationsEach, log.Count(e => e.ClientOpId.StartsWith($"w{writer}-", StringComparison.Ordinal)));
            }

            // Every connection, on either node, is pushed the same log, in order, without a gap.
            foreach (var peer in peers)
            {
                var from = peer.LastSeq;
                var pushed = await peer.ReceiveUntilAsync(log[^1].Seq);
                Assert.Equal(log.Skip((int)from).Select(e => e.ClientOpId), pushed.Select(e => e.GetProperty("clientOpId").GetString()));
            }

            // One activation wrote the lab: the log never had to fence a second writer.
            Assert.Equal(fencesBefore, Nodes.Fences());
            output.WriteLine($"{log.Count} events.");
        }
        catch (Exception) when (Report())
        {
            throw;
        }
        finally
        {
            foreach (var peer in peers)
            {
                await peer.DisposeAsync();
            }
        }
    }

    private bool Report()
    {
        output.WriteLine(Nodes.Output);
        return false;
    }

    /// <summary>
    /// Adds cards and moves them (a move sent twice would show as two events), keeping a few operations in flight;
    /// returns each acknowledged clientOpId with its seq.
    /// </summary>
    private static async Task<Dictionary<string, long>> WriteAsync(HubPeer peer, string name, int count, int inFlightMax)
    {
        var acked = new Dictionary<string, long>();
        var inFlight = new List<Task<JsonElement>>();
        for (var i = 0; i < count || inFlight.Count > 0;)
        {
            if (i < count && inFlight.Count < inFlightMax)
            {
                var (type, payload) = i % 2 == 0
                    ? ("card.add", Payloads.AddCard($"c-{name}-{i}", $"Scheda {i} di {name}"))
                    : ("card.move", Payloads.MoveCard($"c-{name}-{i - 1}", i, i));
                inFlight.Add(peer.ApplyAsync(type, payload, $"{name}-{i}"));
                i++;
                continue;
            }

            var done = await Task.WhenAny(inFlight);
            inFlight.Remove(done);
            var result = await done;
            Assert.Equal(JsonValueKind.Null, result.GetProperty("error").ValueKind);
            acked.Add(result.GetProperty("clientOpId").GetString()!, result.GetProperty("seq").GetInt64());
        }

        return acked;
    }
}
