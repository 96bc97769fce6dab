using System.Globalization;

namespace Laboratori.LoadTest.Run;

/// <summary>The <c>run</c> command's options.</summary>
public sealed record RunOptions(
    Uri Url,
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
    int? ServerPid,
    double Drain = 10)
{
    public static RunOptions Default { get; } = new(new Uri("http://127.0.0.1:5080/"), 20, 30, 0.1, 2, 60, 20, false, null, "facilitatore", "facilitatore", null);

    public static bool TryParse(IReadOnlyList<string> args, out RunOptions? options, out string? error)
    {
        options = Default;
        error = null;
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            if (name == "--baseline")
            {
                options = options with { Baseline = true };
                continue;
            }

            var value = i + 1 < args.Count ? args[++i] : null;
            options = (name, value) switch
            {
                (_, null) => null,
                ("--url", _) => options with { Url = new Uri(value.TrimEnd('/') + "/") },
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
                ("--server-pid", _) when Int(value) is > 0 and var n => options with { ServerPid = n },
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

    private static int Int(string value) => int.TryParse(value, CultureInfo.InvariantCulture, out var n) ? n : -1;

    private static double Real(string value) => double.TryParse(value, CultureInfo.InvariantCulture, out var r) ? r : -1;
}
