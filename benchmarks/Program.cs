using Laboratori.Benchmarks.Cohesion;
using Laboratori.Benchmarks.Seek;

return args switch
{
    ["cohesion", .. var rest] => CohesionBenchmark.Run(Arg(rest, "--events", 20_000), Arg(rest, "--runs", 40)),
    ["seek", .. var rest] => await SeekBenchmark.RunAsync(new SeekOptions(Events: Arg(rest, "--events", 20_000), Seeks: Arg(rest, "--seeks", 300))),
    _ => Usage(),
};

static int Arg(string[] args, string name, int fallback) =>
    Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length && int.TryParse(args[i + 1], out var value) ? value : fallback;

static int Usage()
{
    Console.Error.WriteLine("usage: cohesion [--events 20000] [--runs 40] | seek [--events 20000] [--seeks 300]");
    return 2;
}
