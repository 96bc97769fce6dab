using System.Globalization;

namespace Laboratori.LoadTest.Latency;

/// <summary>The <c>latency</c> command's options; the defaults below suit a local node started for development.</summary>
public sealed record LatencyOptions(Uri Url, int Operations, int Peers, double Rate, string UserName, string Password)
{
    /// <summary>Where the receiving peers connect (<c>--peer-url</c>; the sender's node when not given): another node of the cluster times the hop between nodes.</summary>
    public Uri? PeerUrl { get; init; }

    /// <summary>Where the lab is made and its facilitator connects (<c>--lab-url</c>; the sender's node when not given): the node that first activates the lab.</summary>
    public Uri? LabUrl { get; init; }

    public static string? Error { get; private set; }

    public static bool TryParse(IReadOnlyList<string> args, out LatencyOptions? options, out string? error)
    {
        options = new LatencyOptions(new Uri("http://127.0.0.1:5080/"), 1_000, 2, 50, "facilitatore", "facilitatore");
        error = null;
        for (var i = 0; i < args.Count; i += 2)
        {
            var value = i + 1 < args.Count ? args[i + 1] : null;
            options = (args[i], value) switch
            {
                (_, null) => null,
                ("--url", _) => options with { Url = new Uri(value.TrimEnd('/') + "/") },
                ("--peer-url", _) => options with { PeerUrl = new Uri(value.TrimEnd('/') + "/") },
                ("--lab-url", _) => options with { LabUrl = new Uri(value.TrimEnd('/') + "/") },
                ("--ops", _) when int.TryParse(value, CultureInfo.InvariantCulture, out var n) && n > 0 => options with { Operations = n },
                ("--peers", _) when int.TryParse(value, CultureInfo.InvariantCulture, out var n) && n >= 2 => options with { Peers = n },
                ("--rate", _) when double.TryParse(value, CultureInfo.InvariantCulture, out var r) && r > 0 => options with { Rate = r },
                ("--user", _) => options with { UserName = value },
                ("--password", _) => options with { Password = value },
                _ => null,
            };
            if (options is null)
            {
                error = Error = $"Bad option or value: {args[i]} {value}";
                return false;
            }
        }

        return true;
    }
}
