using Laboratori.Grains.Canvas;
using Laboratori.LoadTest.Client;
using Xunit.Abstractions;

namespace Laboratori.Tests.Scale;

/// <summary>
/// nginx (configured from deploy/) in front of two nodes of one cluster on PostgreSQL: a lab's connections all go to one
/// node, and when that node is killed they move, through nginx, to the other, where the lab's grains reactivate once
/// the cluster declares the dead node dead, without losing an acknowledged edit.
/// </summary>
[Collection(ScaleCollection.Name)]
public sealed class NginxFailoverTests(ITestOutputHelper output)
{
    [Fact]
    public async Task ClientsOfAKilledNodeReconnectThroughNginxToTheOtherAndLoseNoAcknowledgedEdit()
    {
        const int writersCount = 3, operationsEach = 30, afterReconnect = 10, killAfter = 30;
        await using var nodes = await Nodes.StartAsync(2);
        await using var nginx = await NginxProcess.StartAsync([nodes[0].Url, nodes[1].Url], Nodes.StartTimeout);
        var lab = await ScaleLab.CreateAsync(nginx.Url, writersCount);
        var holder = await NodeOfAsync(nginx, lab, nodes);
        var other = 1 - holder;

        // The other node serves the lab too (one cluster): a read through it reaches the lab's one canvas activation.
        using (var direct = new HttpClient { BaseAddress = nodes[other].Url })
        {
            await new LabApiClient(direct).GetAsync(lab.StaffToken, $"api/labs/{lab.Id}/canvas");
        }

        var writers = Enumerable.Range(0, writersCount).Select(i => new ReconnectingWriter(nginx.Url, lab, i)).ToList();
        try
        {
            foreach (var writer in writers)
            {
                await writer.ConnectAsync();
            }

            var acknowledged = 0;
            var killNow = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var running = Task.WhenAll(writers.Select(w => w.RunAsync(operationsEach, afterReconnect, () =>
            {
                if (Interlocked.Increment(ref acknowledged) == killAfter)
                {
                    killNow.TrySetResult();
                }
            })));
            await Task.WhenAny(killNow.Task, running).Unwrap().WaitAsync(TimeSpan.FromSeconds(60));
            Assert.True(killNow.Task.IsCompleted, "The writers finished before the kill.");
            await nodes[holder].KillAsync();
            await running.WaitAsync(TimeSpan.FromSeconds(120));

            // The writers stop only once their connection dropped and they went on editing after reconnecting: all were on
            // the killed node, where nginx kept the lab, and the lab is now on the other one.
            Assert.Equal(other, await NodeOfAsync(nginx, lab, nodes));

            var log = await nodes.ReadLogAsync(lab.Id);
            Assert.Equal(Enumerable.Range(1, log.Count).Select(i => (long)i), log.Select(e => e.Seq));
            Assert.Empty(log.GroupBy(e => (e.Author, e.ClientOpId)).Where(g => g.Count() > 1).Select(g => g.Key));
            var bySeq = log.ToDictionary(e => e.Seq);
            foreach (var writer in writers)
            {
                Assert.All(writer.Acknowledged, a => Assert.Equal(a.Key, bySeq[a.Value].ClientOpId));
            }

            // Every operation a writer sent was acknowledged in the end: the log holds exactly those of the writers.
            Assert.Equal(
                writers.SelectMany(w => w.Acknowledged.Keys).Order(),
                log.Where(e => e.Type.StartsWith("card.", StringComparison.Ordinal)).Select(e => e.ClientOpId).Order());

            var expected = CanvasFold.Serialize(CanvasFold.Fold(null, log));
            foreach (var writer in writers)
            {
                await writer.ReceiveUntilAsync(log[^1].Seq);
                Assert.Equal(expected, CanvasFold.Serialize(writer.Replica));
            }

            output.WriteLine($"Killed node {holder}; {log.Count} events, {writers.Sum(w => w.Acknowledged.Count)} acknowledged edits.");
        }
        catch (Exception) when (Report(nodes, nginx))
        {
            throw;
        }
        finally
        {
            foreach (var writer in writers)
            {
                await writer.DisposeAsync();
            }
        }
    }

    /// <summary>Which node nginx sends the lab's requests to now.</summary>
    private static async Task<int> NodeOfAsync(NginxProcess nginx, ScaleLab lab, Nodes nodes)
    {
        using var http = new HttpClient { BaseAddress = nginx.Url };
        using var request = new HttpRequestMessage(HttpMethod.Get, $"api/labs/{lab.Id}");
        request.Headers.Authorization = new("Bearer", lab.StaffToken);
        using var response = await http.SendAsync(request);
        response.EnsureSuccessStatusCode();
        var answered = response.Headers.GetValues(NginxProcess.NodeHeader).Single().Split(", ")[^1];
        return Enumerable.Range(0, nodes.Count).Single(i => nodes[i].Url.Authority == answered);
    }

    private bool Report(Nodes nodes, NginxProcess nginx)
    {
        output.WriteLine(nodes.Output);
        output.WriteLine("--- nginx ---");
        output.WriteLine(nginx.ErrorLog);
        return false;
    }
}
