using Laboratori.LoadTest.Baseline;
using Laboratori.LoadTest.Latency;
using Laboratori.LoadTest.Run;
using Laboratori.LoadTest.Seek;

return args switch
{
    ["latency", .. var rest] when LatencyOptions.TryParse(rest, out var options, out var error) =>
        await new LatencyRun(options!).RunAsync(),
    ["latency", ..] => Usage(LatencyOptions.Error),
    ["run", .. var rest] when RunOptions.TryParse(rest, out var options, out _) => await RunCommand.RunAsync(options!),
    ["run", .. var rest] when !RunOptions.TryParse(rest, out _, out var error) => Usage(error),
    ["serve-baseline"] or ["serve-baseline", "batched"] => await BaselineProcess.ServeAsync(BaselinePresenceMode.Batched),
    ["serve-baseline", "relay"] => await BaselineProcess.ServeAsync(BaselinePresenceMode.Relay),
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
        usage: run [--url http://127.0.0.1:5080[,http://…]] [--labs 20] [--participants 30] [--rate 0.1] [--presence 2]
                   [--duration 60] [--ramp-up 20] [--drain 10] [--baseline] [--output result.json]
                   [--user facilitatore] [--password facilitatore] [--server-pid PID]…
                   [--ceiling [--ceiling-p99 1000] [--max-labs 6400]]
          Creates --labs labs (phase 'libera'), joins --participants per lab over --ramp-up seconds (one WebSocket each),
          then each acts at --rate operations per second (add, move, edit, link, vote, comment) with cursor presence at
          --presence Hz for --duration seconds. Measures operation -> delivery at every other participant, acked ops/s,
          broadcasts/s, errors, and the server's CPU and memory per connection (/proc). --baseline runs the same scenario
          against a bare SignalR relay hub hosted in this process and prints platform/baseline ratios. Several URLs (comma-
          separated or --url repeated): nodes sharing a database; each lab's participants are spread over them.
          The baseline hub runs in a child process (this program's serve-baseline command) on its own loopback port,
          measured like the server. --ceiling doubles --labs after each step until p99 delivery passes --ceiling-p99 ms
          or errors appear.
               latency [--url http://127.0.0.1:5080] [--ops 1000] [--peers 2] [--rate 50]
                       [--user facilitatore] [--password facilitatore]
          Creates a lab, joins --peers participants, sets phase 'libera', then sends --ops card.add/card.move from the
          first participant at --rate per second and measures send -> event arrival at every other participant.
               seek [--events 20000] [--seeks 300]
          Builds a lab of --events events in an in-process silo and times the canvas state at random seqs, with
          snapshots and, as the baseline, folding from the first event.
        """);
    return 2;
}

/// <summary>
/// The load test's entry point, internal: the ASP.NET Core framework reference (for the baseline hub) would otherwise
/// make it public, and the tests, which reference this project and the web app, would see two <c>Program</c> types.
/// </summary>
internal sealed partial class Program;
