using System.Globalization;
using Laboratori.LoadTest.Client;

namespace Laboratori.LoadTest.Join;

/// <summary>The <c>join-storm</c> command's options: <see cref="Participants"/> people join <see cref="Labs"/> labs within <see cref="Within"/> seconds.</summary>
public sealed record JoinStormOptions(
    Uri Url,
    int Participants = 600,
    int Labs = 20,
    double Within = 10,
    double Hold = 5,
    HubProtocolKind Protocol = HubProtocolKind.Json,
    string UserName = "facilitatore",
    string Password = "facilitatore",
    string? Output = null,
    int? ServerPid = null)
{
    public static bool TryParse(IReadOnlyList<string> args, out JoinStormOptions? options, out string? error)
    {
        options = new JoinStormOptions(new Uri("http://127.0.0.1:5080/"));
        error = null;
        for (var i = 0; i < args.Count; i += 2)
        {
            var value = i + 1 < args.Count ? args[i + 1] : null;
            options = (args[i], value) switch
            {
                (_, null) => null,
                ("--url", _) when Uri.TryCreate(value.TrimEnd('/') + "/", UriKind.Absolute, out var url) => options with { Url = url },
                ("--participants", _) when Int(value) is > 0 and var n => options with { Participants = n },
                ("--labs", _) when Int(value) is > 0 and var n => options with { Labs = n },
                ("--within", _) when Real(value) is >= 0 and var r => options with { Within = r },
                ("--hold", _) when Real(value) is >= 0 and var r => options with { Hold = r },
                ("--protocol", "json") => options with { Protocol = HubProtocolKind.Json },
                ("--protocol", "msgpack") => options with { Protocol = HubProtocolKind.MessagePack },
                ("--user", _) => options with { UserName = value },
                ("--password", _) => options with { Password = value },
                ("--output", _) => options with { Output = value },
                ("--server-pid", _) when Int(value) is > 0 and var n => options with { ServerPid = n },
                _ => null,
            };
            if (options is null)
            {
                error = $"Bad option or value: {args[i]} {value}";
                return false;
            }
        }

        return true;
    }

    private static int Int(string value) => int.TryParse(value, CultureInfo.InvariantCulture, out var n) ? n : -1;

    private static double Real(string value) => double.TryParse(value, CultureInfo.InvariantCulture, out var r) ? r : -1;
}
