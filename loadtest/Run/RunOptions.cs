using System.Globalization;
using Laboratori.LoadTest.Baseline;
using Laboratori.LoadTest.Client;

namespace Laboratori.LoadTest.Run;

/// <summary>The <c>run</c> command's options.</summary>
public sealed record RunOptions(
    IReadOnlyList<Uri> Urls,
    int Labs,
    int Participants,
    double Rate,
    double Presence,
    double Duration,
    double RampUp,
    bool Baseline,
    string? Output,
    string UserName,
    string Password,
    IReadOnlyList<int> ServerPids,
    double Drain = 10,
    bool Ceiling = false,
    double CeilingP99 = 1000,
    int MaxLabs = 6400,
    HubProtocolKind Protocol = HubProtocolKind.Json,
    double IdleShare = 0.5,
    BaselinePresenceMode BaselinePresence = BaselinePresenceMode.Batched)
{
    public static RunOptions Default { get; } = new([new Uri("http://127.0.0.1:5080/")], 20, 30, 0.1, 2, 60, 20, false, null, "facilitatore", "facilitatore", []);

    /// <summary>How the baseline column is labelled: which of the two bare hubs it is.</summary>
    public string BaselineLabel => BaselinePresence == BaselinePresenceMode.Batched ? "baseline (batched)" : "baseline (relay)";

    /// <summary>The protocol's name as <c>--protocol</c> takes it.</summary>
    public string ProtocolName => Protocol == HubProtocolKind.MessagePack ? "msgpack" : "json";

    /// <summary>The first target: where staff signs in and the labs are made.</summary>
    public Uri Url => Urls[0];

    public static bool TryParse(IReadOnlyList<string> args, out RunOptions? options, out string? error)
    {
        options = Default;
        error = null;
        List<Uri>? urls = null;
        List<int>? pids = null;
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            if (name is "--baseline" or "--ceiling")
            {
                options = name == "--baseline" ? options with { Baseline = true } : options with { Ceiling = true };
                continue;
            }

            var value = i + 1 < args.Count ? args[++i] : null;
            options = (name, value) switch
            {
                (_, null) => null,
                ("--url", _) when ParseUrls(value) is { } u => options with { Urls = urls = [.. urls ?? [], .. u] },
                ("--labs", _) when Int(value) is > 0 and var n => options with { Labs = n },
                ("--participants", _) when Int(value) is >= 2 and var n => options with { Participants = n },
                ("--rate", _) when Real(value) is >= 0 and var r => options with { Rate = r },
                ("--presence", _) when Real(value) is >= 0 and var r => options with { Presence = r },
                ("--duration", _) when Real(value) is > 0 and var r => options with { Duration = r },
                ("--ramp-up", _) when Real(value) is >= 0 and var r => options with { RampUp = r },
                ("--drain", _) when Real(value) is >= 0 and var r => options with { Drain = r },
                ("--output", _) => options with { Output = value },
                ("--user", _) => options with { UserName = value },
                ("--password", _) => options with { Password = value },
                ("--server-pid", _) when Int(value) is > 0 and var n => options with { ServerPids = pids = [.. pids ?? [], n] },
                ("--ceiling-p99", _) when Real(value) is > 0 and var r => options with { CeilingP99 = r },
                ("--max-labs", _) when Int(value) is > 0 and var n => options with { MaxLabs = n },
                ("--protocol", "json") => options with { Protocol = HubProtocolKind.Json },
                ("--protocol", "msgpack") => options with { Protocol = HubProtocolKind.MessagePack },
                ("--idle", _) when Real(value) is >= 0 and <= 1 and var r => options with { IdleShare = r },
                ("--baseline-presence", "batched") => options with { BaselinePresence = BaselinePresenceMode.Batched },
                ("--baseline-presence", "relay") => options with { BaselinePresence = BaselinePresenceMode.Relay },
                _ => null,
            };
            if (options is null)
            {
                error = $"Bad option or value: {name} {value}";
                return false;
            }
        }

        return true;
    }

    /// <summary>One URL or several separated by commas (participants are spread over them).</summary>
    private static List<Uri>? ParseUrls(string value)
    {
        var urls = new List<Uri>();
        foreach (var part in value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!Uri.TryCreate(part.TrimEnd('/') + "/", UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https"))
            {
                return null;
            }

            urls.Add(url);
        }

        return urls.Count == 0 ? null : urls;
    }

    private static int Int(string value) => int.TryParse(value, CultureInfo.InvariantCulture, out var n) ? n : -1;

    private static double Real(string value) => double.TryParse(value, CultureInfo.InvariantCulture, out var r) ? r : -1;
}
