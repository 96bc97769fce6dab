using Laboratori.LoadTest.Latency;

return args switch
{
    ["latency", .. var rest] when LatencyOptions.TryParse(rest, out var options, out var error) =>
        await new LatencyRun(options!).RunAsync(),
    ["latency", ..] => Usage(LatencyOptions.Error),
    _ => Usage(null),
};

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
        """);
    return 2;
}
