using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Laboratori.LoadTest.Client;

namespace Laboratori.LoadTest.Latency;

/// <summary>
/// One participant edits at a steady pace; every other participant times each of those edits from the moment it was
/// sent to the moment its event was read off that participant's socket (one clock: all clients live in this process).
/// </summary>
public sealed class LatencyRun(LatencyOptions options)
{
    private static readonly TimeSpan Drain = TimeSpan.FromSeconds(30);
    private readonly ConcurrentDictionary<string, long> _sentAt = new();

    public async Task<int> RunAsync()
    {
        using var http = new HttpClient { BaseAddress = options.LabUrl ?? options.Url };
        var api = new LabApiClient(http);
        var staff = await api.LoginAsync(options.UserName, options.Password);
        var lab = await api.CreateLabAsync(staff.Token, "Latenza " + DateTime.Now.ToString("HH:mm:ss", CultureInfo.InvariantCulture));
        await using var facilitator = await HubClient.ConnectAsync(options.LabUrl ?? options.Url, staff.Token);
        Check(await facilitator.InvokeAsync("Join", lab.Id, null));

        var peers = new List<HubClient>();
        try
        {
            for (var i = 0; i < options.Peers; i++)
            {
                var join = await api.JoinAsync(lab.JoinCode, $"Partecipante {i + 1}");
                var peer = await HubClient.ConnectAsync(i == 0 ? options.Url : options.PeerUrl ?? options.Url, join.Token);
                peers.Add(peer);
                Check(await peer.InvokeAsync("Join", lab.Id, null));
            }

            Check(await facilitator.InvokeAsync("Apply", lab.Id, new { clientOpId = "phase", type = "lab.phase", payload = new { phase = "libera" } }));
            Console.WriteLine($"lab {lab.Id}: {options.Peers} participants, {options.Operations} operations at {options.Rate}/s from one of them (on {options.Url}), received on {options.PeerUrl ?? options.Url}");

            using var drained = new CancellationTokenSource();
            var receivers = peers.Skip(1).Select(p => Task.Run(() => TimeArrivalsAsync(p, drained.Token))).ToList();
            var acks = await SendAsync(peers[0], lab.Id);
            drained.CancelAfter(Drain);
            var latencies = (await Task.WhenAll(receivers)).SelectMany(l => l).ToList();
            var expected = options.Operations * (options.Peers - 1);
            Console.WriteLine(Stats.Describe("operation -> peer event", latencies, expected));
            Console.WriteLine(Stats.Describe("operation -> ack", acks, options.Operations));
            return latencies.Count == expected ? 0 : 1;
        }
        finally
        {
            foreach (var peer in peers)
            {
                await peer.DisposeAsync();
            }
        }
    }

    private async Task<List<double>> SendAsync(HubClient sender, string labId)
    {
        var acks = new List<double>(options.Operations);
        var cards = new List<string>();
        using var pace = new PeriodicTimer(TimeSpan.FromSeconds(1 / options.Rate));
        for (var i = 0; i < options.Operations; i++)
        {
            await pace.WaitForNextTickAsync();
            var n = i.ToString(CultureInfo.InvariantCulture);
            object payload;
            string type;
            if (cards.Count == 0 || i % 5 == 0)
            {
                (type, payload) = ("card.add", new { cardId = "card-" + n, lane = "bisogni", text = "Bisogno " + n, colour = (string?)null, x = 10.0 * (i % 50), y = 10.0 * (i / 50) });
                cards.Add("card-" + n);
            }
            else
            {
                (type, payload) = ("card.move", new { cardId = cards[i % cards.Count], lane = (string?)null, x = (double)(i % 700), y = (double)(i % 400) });
            }

            var started = Stopwatch.GetTimestamp();
            _sentAt["lt-" + n] = started;
            Check(await sender.InvokeAsync("Apply", labId, new { clientOpId = "lt-" + n, type, payload }));
            acks.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            if ((i + 1) % 100 == 0)
            {
                Console.WriteLine($"  sent {i + 1}/{options.Operations}; {Stats.Describe("ack", acks, i + 1)}");
            }
        }

        return acks;
    }

    /// <summary>Reads one peer's pushes until it has seen every operation (or the drain time after the last send ran out).</summary>
    private async Task<List<double>> TimeArrivalsAsync(HubClient peer, CancellationToken drained)
    {
        var latencies = new List<double>(options.Operations);
        try
        {
            while (latencies.Count < options.Operations)
            {
                var message = await peer.Messages.ReadAsync(drained);
                if (message.Target != "Events")
                {
                    continue;
                }

                foreach (var e in message.Arguments[1].EnumerateArray())
                {
                    if (e.GetProperty("clientOpId").GetString() is { } id && _sentAt.TryGetValue(id, out var sentAt))
                    {
                        latencies.Add(Stopwatch.GetElapsedTime(sentAt, message.ReceivedAt).TotalMilliseconds);
                    }
                }
            }
        }
        catch (OperationCanceledException)
        {
            Console.Error.WriteLine($"a peer saw {latencies.Count} of {options.Operations} operations before giving up");
        }

        return latencies;
    }

    private static void Check(JsonElement reply)
    {
        if (reply.TryGetProperty("error", out var error) && error.ValueKind == JsonValueKind.Object)
        {
            throw new InvalidOperationException("Refused: " + error.GetRawText());
        }
    }
}
