using Laboratori.LoadTest.Baseline;
using Laboratori.LoadTest.Join;
using Laboratori.LoadTest.Latency;
using Laboratori.LoadTest.Run;

return args switch
{
    ["latency", .. var rest] when LatencyOptions.TryParse(rest, out var options, out var error) =>
        await new LatencyRun(options!).RunAsync(),
    ["latency", ..] => Usage(LatencyOptions.Error),
    ["run", .. var rest] when RunOptions.TryParse(rest, out var options, out _) => await RunCommand.RunAsync(options!),
    ["run", .. var rest] when !RunOptions.TryParse(rest, out _, out var error) => Usage(error),
    ["join-storm", .. var rest] when JoinStormOptions.TryParse(rest, out var options, out _) => await JoinStorm.RunCommandAsync(options!),
    ["join-storm", .. var rest] when !JoinStormOptions.TryParse(rest, out _, out var error) => Usage(error),
    ["serve-baseline"] or ["serve-baseline", "batched"] => await BaselineProcess.ServeAsync(BaselinePresenceMode.Batched),
    ["serve-baseline", "relay"] => await BaselineProcess.ServeAsync(BaselinePresenceMode.Relay),
    _ => Usage(null),
};

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
                   [--protocol json|msgpack] [--idle 0.5] [--baseline-presence batched|relay]
          Creates --labs labs (phase 'libera'), joins --participants per lab over --ramp-up seconds (one WebSocket each),
          then each acts at --rate operations per second (add, move, edit, link, vote, comment) for --duration seconds,
          and all but the --idle share of each lab move their pointer at --presence Hz (each move sent; idle ones send
          nothing, as the browser). --protocol picks the hub protocol. Measures operation -> delivery at every other participant, acked ops/s,
          broadcasts/s, errors, and the server's CPU and memory per connection (/proc). --baseline runs the same scenario
          against a bare SignalR hub and prints platform/baseline ratios; the bare hub batches presence as the platform
          does (--baseline-presence batched, the fair one) or relays each update at once (relay). Several URLs (comma-
          separated or --url repeated): nodes sharing a database; each lab's participants are spread over them.
          The baseline hub runs in a child process (this program's serve-baseline command) on its own loopback port,
          measured like the server. --ceiling doubles --labs after each step until p99 delivery passes --ceiling-p99 ms
          or errors appear.
               join-storm [--url http://127.0.0.1:5080] [--participants 600] [--labs 20] [--within 10] [--hold 5]
                          [--protocol json|msgpack] [--user facilitatore] [--password facilitatore] [--output f.json]
          Makes --labs labs, then --participants people join them at an even pace within --within seconds, each as a
          browser does (POST /api/join, negotiate + WebSocket, Join with the state); reports each join's time (median,
          p95, p99, max, and per step), failures by code, and the server's CPU and KB per connection.
               latency [--url http://127.0.0.1:5080] [--peer-url URL] [--lab-url URL] [--ops 1000] [--peers 2] [--rate 50]
                       [--user facilitatore] [--password facilitatore]
          Creates a lab, joins --peers participants, sets phase 'libera', then sends --ops card.add/card.move from the
          first participant at --rate per second and measures send -> event arrival at every other participant. The
          others connect to --peer-url when given, and the lab is made through --lab-url (other nodes of a cluster:
          the hops between nodes).
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
