using System.Text.Json;
using Laboratori.LoadTest.Client;
using Laboratori.Tests.Web;

namespace Laboratori.Tests.Durability;

/// <summary>An acknowledged edit survives a kill -9 of the server in the middle of a stream of edits.</summary>
public sealed class CrashRecoveryTests : IAsyncLifetime
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);
    private readonly string _data = Directory.CreateTempSubdirectory("laboratori-crash-").FullName;

    [Fact]
    public async Task EveryAcknowledgedEventSurvivesAKillAndRetriesApplyExactlyOnce()
    {
        string labId, participantToken, staffToken;
        var sent = new List<string>();
        var acked = new Dictionary<string, long>();
        await using (var server = await WebProcess.StartAsync(_data, StartTimeout))
        {
            using var http = new HttpClient { BaseAddress = server.Url };
            var api = new LabApiClient(http);
            staffToken = (await api.LoginAsync("facilitatore", "segreta-di-prova")).Token;
            var lab = await api.CreateLabAsync(staffToken, "Lab che sopravvive");
            labId = lab.Id;
            participantToken = (await api.JoinAsync(lab.JoinCode, "Anna")).Token;
            await using (var staff = await HubClient.ConnectAsync(server.Url, staffToken))
            {
                await staff.InvokeAsync("Join", labId, null);
                await staff.InvokeAsync("Apply", labId, new { clientOpId = "phase", type = "lab.phase", payload = Payloads.Phase("libera") });
            }

            var anna = await HubClient.ConnectAsync(server.Url, participantToken);
            await anna.InvokeAsync("Join", labId, null);

            // Keep several operations in flight, as a busy room does, and kill the server while they are.
            var inFlight = new List<(string Id, Task<JsonElement> Ack)>();
            for (var i = 0; acked.Count < 150; i++)
            {
                var id = $"op-{i}";
                sent.Add(id);
                inFlight.Add((id, anna.InvokeAsync("Apply", labId, new { clientOpId = id, type = "card.add", payload = Payloads.AddCard($"c{i}", $"Scheda {i}") })));
                if (inFlight.Count == 8)
                {
                    var done = await Task.WhenAny(inFlight.Select(f => f.Ack));
                    var finished = inFlight.Single(f => f.Ack == done);
                    inFlight.Remove(finished);
                    acked[finished.Id] = AckedSeq(await done);
                }
            }

            await server.KillAsync();
            foreach (var (id, ack) in inFlight)
            {
                try
                {
                    acked[id] = AckedSeq(await ack);
                }
                catch (Exception ex) when (ex is HubInvocationException or IOException or System.Net.WebSockets.WebSocketException or OperationCanceledException)
                {
                    // Lost with the connection: not acknowledged, so the client will send it again.
                }
            }

            await anna.DisposeAsync();
        }

        await using var restarted = await WebProcess.StartAsync(_data, StartTimeout);
        using var client = new HttpClient { BaseAddress = restarted.Url };
        var log = await ReadLogAsync(new LabApiClient(client), staffToken, labId);

        Assert.Equal(Enumerable.Range(1, log.Count).Select(i => (long)i), log.Select(e => e.Seq));
        Assert.All(acked, a => Assert.Equal(a.Key, log[(int)a.Value - 1].ClientOpId));

        // The client resends everything it sent (acknowledged or not): each lands exactly once.
        await using (var anna = await HubClient.ConnectAsync(restarted.Url, participantToken))
        {
            await anna.InvokeAsync("Join", labId, log[^1].Seq);
            foreach (var id in sent)
            {
                var i = int.Parse(id["op-".Length..], System.Globalization.CultureInfo.InvariantCulture);
                var seq = AckedSeq(await anna.InvokeAsync("Apply", labId, new { clientOpId = id, type = "card.add", payload = Payloads.AddCard($"c{i}", $"Scheda {i}") }));
                if (acked.TryGetValue(id, out var first))
                {
                    Assert.Equal(first, seq);
                }
            }
        }

        var final = await ReadLogAsync(new LabApiClient(client), staffToken, labId);
        Assert.Equal(sent.Count, final.Count(e => e.Type == "card.add"));
        Assert.Equal(sent.Order(), final.Where(e => e.Type == "card.add").Select(e => e.ClientOpId).Order());
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync()
    {
        Directory.Delete(_data, recursive: true);
        return Task.CompletedTask;
    }

    private static long AckedSeq(JsonElement result)
    {
        Assert.Equal(JsonValueKind.Null, result.GetProperty("error").ValueKind);
        return result.GetProperty("seq").GetInt64();
    }

    private static async Task<List<(long Seq, string ClientOpId, string Type)>> ReadLogAsync(LabApiClient api, string token, string labId)
    {
        var events = new List<(long, string, string)>();
        while (true)
        {
            var page = await api.GetAsync(token, $"api/labs/{labId}/events?after={events.Count}&limit=1000");
            events.AddRange(page.GetProperty("events").EnumerateArray().Select(e =>
                (e.GetProperty("seq").GetInt64(), e.GetProperty("clientOpId").GetString()!, e.GetProperty("type").GetString()!)));
            if (!page.GetProperty("hasMore").GetBoolean())
            {
                return events;
            }
        }
    }
}
