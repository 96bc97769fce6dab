using Laboratori.LoadTest.Latency;
using Laboratori.LoadTest.Seek;

return args switch
{
    ["latency", .. var rest] when LatencyOptions.TryParse(rest, out var options, out var error) =>
        await new LatencyRun(options!).RunAsync(),
    ["latency", ..] => Usage(LatencyOptions.Error),
    ["seek", .. var rest] => await SeekBenchmark.RunAsync(new SeekOptions(Events: Arg(rest, "--events", 20_000), Seeks: Arg(rest, "--seeks", 300))),
    _ => Usage(null),
};

static int Arg(string[] args, string name, int fallback) =>
    Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length && int.TryParse(args[i + 1], out var value) ? value : fallback;

static int Usage(string? error)
{
    if (error is not null)
    {
        Console.Error.WriteLine(error);
    }

    Console.Error.WriteLine("""
        usage: latency [--url http://127.0.0.1:5080] [--ops 1000] [--peers 2] [--rate 50]
                       [--user facilitatore] [--password facilitatore]
          Creates a lab, joins --peers participants, sets phase 'libera', then sends --ops card.add/card.move from the
          first participant at --rate per second and measures send -> event arrival at every other participant.
               seek [--events 20000] [--seeks 300]
          Builds a lab of --events events in an in-process silo and times the canvas state at random seqs, with
          snapshots and, as the baseline, folding from the first event.
        """);
    return 2;
}
