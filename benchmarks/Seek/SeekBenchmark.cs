using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Bogus;
using Laboratori.Contracts;
using Laboratori.Contracts.History;
using Laboratori.Contracts.Labs;
using Laboratori.Grains.Canvas;
using Laboratori.Grains.History;
using Laboratori.Grains.Hosting;
using Laboratori.Grains.Labs;
using Laboratori.Silo.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Laboratori.LoadTest;

namespace Laboratori.Benchmarks.Seek;

/// <summary>
/// <c>seek</c>: how fast the server gets a long lab's canvas at any point. Builds a lab of N events (default 20,000)
/// in an in-process silo on a throw-away SQLite file, then times the state at random seqs with snapshots (the
/// product) and, as the same-run baseline, by folding from the first event (what replay would cost without them).
/// </summary>
public static class SeekBenchmark
{
    /// <summary>The benchmark reads the canvas as staff do: all of it, nothing to redact.</summary>
    private static readonly Actor Reader = new("staff-bench-reader", Role.Facilitator, "Benchmark");

    private static readonly JsonSerializerOptions ResultJson = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static async Task<int> RunAsync(SeekOptions options)
    {
        var directory = Directory.CreateTempSubdirectory("laboratori-seek-");
        try
        {
            using var host = await StartSiloAsync(Path.Combine(directory.FullName, "seek.db"), options.SnapshotInterval);
            var grains = host.Services.GetRequiredService<IGrainFactory>();
            var labId = await BuildLabAsync(grains, options.Events);
            var history = grains.GetGrain<IHistoryGrain>(labId);
            var random = new Random(7);

            Console.WriteLine($"Timing {options.Seeks} seeks with snapshots every {options.SnapshotInterval} events…");
            var seeks = await TimeAsync(options.Seeks, () => history.GetStateAtAsync(random.NextInt64(1, options.Events + 1)));
            Console.WriteLine($"Timing {options.BaselineSeeks} baseline seeks (fold from event 1)…");
            var baseline = await TimeAsync(options.BaselineSeeks, async () =>
            {
                var seq = random.NextInt64(1, options.Events + 1);
                var events = new List<CanvasEvent>();
                while (events.Count < seq)
                {
                    events.AddRange((await grains.GetGrain<ICanvasGrain>(labId).GetEventsAsync(Reader, events.Count, (int)Math.Min(1_000, seq - events.Count))).Events);
                }

                return CanvasFold.Serialize(CanvasFold.Fold(null, events));
            });
            var times = await TimeAsync(options.Seeks, async () => await history.GetSeqAtAsync(DateTimeOffset.UtcNow.AddSeconds(-random.Next(0, 60))));

            var result = new SeekResult(options.Events, options.SnapshotInterval, Stats.Of(seeks), Stats.Of(baseline), Stats.Of(times),
                Stats.Of(baseline).Median / Stats.Of(seeks).Median);
            Console.WriteLine();
            Console.WriteLine($"| seek over {options.Events:N0} events        | n   | median ms | p95 ms | p99 ms | max ms |");
            Console.WriteLine("|---|---|---|---|---|---|");
            Print("state at seq (snapshots)", result.StateAtSeq);
            Print("baseline: fold from seq 1", result.FoldFromStart);
            Print("seq at a time", result.SeqAtTime);
            Console.WriteLine($"\nbaseline / product, medians: {result.SpeedUp:0.0}×");
            await File.WriteAllTextAsync(options.Output, JsonSerializer.Serialize(result, ResultJson));
            Console.WriteLine($"Result written to {options.Output}");
            await host.StopAsync();
            return result.StateAtSeq.P99 < 100 ? 0 : 1;
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    private static void Print(string name, Stats s) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {name,-27} | {s.Count,3} | {s.Median,9:0.00} | {s.P95,6:0.00} | {s.P99,6:0.00} | {s.Max,6:0.00} |"));

    private static async Task<IHost> StartSiloAsync(string database, int snapshotInterval)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:SqlitePath"] = database,
            ["Storage:SqliteFullSync"] = "false",
            ["Canvas:SnapshotInterval"] = snapshotInterval.ToString(CultureInfo.InvariantCulture),
            ["Limits:MaxCards"] = "1000",
        });
        builder.UseOrleans(silo => silo.UseLocalhostClustering(LocalPorts.Free(), LocalPorts.Free()).AddLaboratoriStorage().AddLaboratoriGrains());
        var host = builder.Build();
        await host.StartAsync();
        return host;
    }

    /// <summary>A lab with a realistic mix: cards added until the canvas is full, then moved, edited, voted, commented, linked.</summary>
    private static async Task<string> BuildLabAsync(IGrainFactory grains, int events)
    {
        var faker = new Faker("it") { Random = new Randomizer(2026) };
        var facilitator = new Actor("staff-bench", Role.Facilitator, "Benchmark");
        var labId = Ids.New("lab-");
        var lab = grains.GetGrain<ILaboratorioGrain>(labId);
        await lab.CreateAsync(facilitator, new LabDefinition("Seek benchmark", "", "", "", "", "", Templates.Default));
        var canvas = grains.GetGrain<ICanvasGrain>(labId);
        await canvas.ApplyAsync(facilitator, Op("phase", "lab.phase", new { phase = "libera" }));
        await canvas.ApplyAsync(facilitator, Op("budget", "lab.voteBudget", new { budget = 50 }));
        var people = new List<Actor>();
        for (var i = 0; i < 30; i++)
        {
            var id = (await lab.EnrolAsync(new ParticipantProfile(faker.Name.FullName(), faker.Company.CompanyName(), Sector.TerzoSettore))).ParticipantId!;
            people.Add(new Actor(id, Role.Participant, id));
            await canvas.RecordPresenceAsync(new MemberProfile(id, id, "Coop", Sector.TerzoSettore, Role.Participant), present: true);
        }

        var cards = new List<(string Id, string Author)>();
        var lanes = new[] { "bisogni", "risorse", "azioni" };
        var watch = Stopwatch.StartNew();
        var n = 0;
        var seq = (await canvas.GetStateAsync(Reader)).Seq;
        while (seq < events)
        {
            var batch = Enumerable.Range(0, (int)Math.Min(100, events - seq)).Select(_ =>
            {
                var who = faker.PickRandom(people);
                n++;
                var roll = faker.Random.Int(0, 99);
                if (cards.Count < 900 && (roll < 30 || cards.Count < 20))
                {
                    var id = $"c{n}";
                    cards.Add((id, who.Id));
                    return canvas.ApplyAsync(who, Op($"o{n}", "card.add", new { cardId = id, lane = faker.PickRandom(lanes), text = faker.Lorem.Sentence(8), colour = (string?)null, x = faker.Random.Double(0, 2000), y = faker.Random.Double(0, 1500) }));
                }

                var card = faker.PickRandom(cards);
                return roll switch
                {
                    < 60 => canvas.ApplyAsync(who, Op($"o{n}", "card.move", new { cardId = card.Id, lane = (string?)null, x = faker.Random.Double(0, 2000), y = faker.Random.Double(0, 1500) })),
                    < 75 => canvas.ApplyAsync(people.First(p => p.Id == card.Author), Op($"o{n}", "card.edit", new { cardId = card.Id, text = faker.Lorem.Sentence(10) })),
                    < 85 => canvas.ApplyAsync(who, Op($"o{n}", "comment.add", new { commentId = $"m{n}", cardId = card.Id, text = faker.Lorem.Sentence(6) })),
                    < 92 => canvas.ApplyAsync(who, Op($"o{n}", "link.add", new { linkId = $"l{n}", from = card.Id, to = faker.PickRandom(cards).Id })),
                    _ => canvas.ApplyAsync(who, Op($"o{n}", "vote.cast", new { cardId = card.Id })),
                };
            }).ToList();
            await Task.WhenAll(batch);
            seq = (await canvas.GetStateAsync(Reader)).Seq;
            if (n % 2_000 < 100)
            {
                Console.WriteLine($"  built {seq:N0} / {events:N0} events ({watch.Elapsed.TotalSeconds:0}s)");
            }
        }

        return labId;
    }

    private static OperationRequest Op(string id, string type, object payload) => new(id, type, JsonSerializer.Serialize(payload, CanvasJson.Options));

    private static async Task<List<double>> TimeAsync<T>(int count, Func<Task<T>> action)
    {
        for (var i = 0; i < Math.Min(10, count); i++)
        {
            await action();
        }

        var times = new List<double>(count);
        for (var i = 0; i < count; i++)
        {
            var start = Stopwatch.GetTimestamp();
            await action();
            times.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        }

        return times;
    }
}
