using System.Globalization;
using System.Text;
using System.Text.Json;
using Laboratori.Tests.Support;

namespace Laboratori.Tests.Fuzz;

/// <summary>
/// A fuzz run told the way the lead quotes it: inputs by class (valid-shaped, mutated, resends, catch-ups, presence,
/// join/leave, bad calls, REST by kind) and outcomes (ok and each error code), as markdown for the test output and
/// <c>artifacts/fuzz/summary.md</c>, and as <c>artifacts/fuzz/summary.json</c> for tools.
/// </summary>
public sealed record FuzzSummary(FuzzSettings Settings, TimeSpan Elapsed, int Events, FuzzTally Tally)
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    /// <summary>The group an input class belongs to, in the order the report lists them.</summary>
    private static readonly (string Prefix, string Group)[] Groups =
    [
        ("hub.apply.shaped", "valid-shaped"), ("hub.apply.mutated.", "mutated"), ("hub.apply.resend", "resends"),
        ("hub.apply.elsewhere", "other or no lab"), ("hub.catchup", "catch-ups"), ("hub.presence", "presence"),
        ("hub.join", "join/leave"), ("hub.leave", "join/leave"), ("hub.bad-call", "bad calls"), ("check.usable", "usable after"),
        ("rest.", "REST"),
    ];

    public string Markdown()
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"# Fuzz run\n\nSeed {Settings.Seed}; asked for {Settings.HubInvocations} hub invocations and {Settings.RestRequests} REST requests; ")
            .Append(CultureInfo.InvariantCulture, $"sent {Tally.TotalOf("hub.")} and {Tally.TotalOf("rest.")}; {Elapsed.TotalSeconds:0.0} s; {Events} events in the lab's log; ")
            .Append(CultureInfo.InvariantCulture, $"{Tally.Violations.Count} violations.\n\n## Inputs by class\n\n| group | class | inputs | outcomes |\n|---|---|---:|---|\n");
        foreach (var row in Classes())
        {
            text.Append(CultureInfo.InvariantCulture, $"| {row.Group} | `{row.Class}` | {row.Total} | {string.Join(", ", row.Outcomes.Select(o => $"{o.Key} {o.Value}"))} |\n");
        }

        foreach (var (title, prefix) in new[] { ("Hub outcomes", "hub."), ("REST outcomes", "rest.") })
        {
            text.Append(CultureInfo.InvariantCulture, $"\n## {title}\n\n| outcome | count |\n|---|---:|\n");
            foreach (var (outcome, count) in Outcomes(prefix))
            {
                text.Append(CultureInfo.InvariantCulture, $"| {outcome} | {count} |\n");
            }
        }

        return text.ToString();
    }

    public string Json() => JsonSerializer.Serialize(new
    {
        seed = Settings.Seed,
        askedHub = Settings.HubInvocations,
        askedRest = Settings.RestRequests,
        sentHub = Tally.TotalOf("hub."),
        sentRest = Tally.TotalOf("rest."),
        seconds = Math.Round(Elapsed.TotalSeconds, 1),
        events = Events,
        violations = Tally.Violations.Count,
        classes = Classes().Select(c => new { group = c.Group, @class = c.Class, inputs = c.Total, outcomes = c.Outcomes }),
        hubOutcomes = Outcomes("hub."),
        restOutcomes = Outcomes("rest."),
    }, Indented);

    /// <summary>Writes <c>summary.md</c> and <c>summary.json</c> into <c>artifacts/fuzz</c>; returns the folder.</summary>
    public string WriteArtifacts()
    {
        var folder = Directory.CreateDirectory(Repository.PathOf("artifacts", "fuzz")).FullName;
        File.WriteAllText(Path.Combine(folder, "summary.md"), Markdown());
        File.WriteAllText(Path.Combine(folder, "summary.json"), Json());
        return folder;
    }

    private List<(string Group, string Class, int Total, Dictionary<string, int> Outcomes)> Classes() =>
    [
        .. Tally.Counts.GroupBy(c => c.Key.Class)
            .Select(g => (Group: GroupOf(g.Key), Class: g.Key, Total: g.Sum(c => c.Value),
                Outcomes: g.OrderByDescending(c => c.Value).ThenBy(c => c.Key.Outcome, StringComparer.Ordinal).ToDictionary(c => c.Key.Outcome, c => c.Value)))
            .OrderBy(r => Array.FindIndex(Groups, g => g.Group == r.Group)).ThenBy(r => r.Class, StringComparer.Ordinal),
    ];

    private Dictionary<string, int> Outcomes(string prefix) => Tally.Counts
        .Where(c => c.Key.Class.StartsWith(prefix, StringComparison.Ordinal))
        .GroupBy(c => c.Key.Outcome)
        .OrderByDescending(g => g.Sum(c => c.Value)).ThenBy(g => g.Key, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.Sum(c => c.Value));

    private static string GroupOf(string inputClass) =>
        Array.Find(Groups, g => inputClass.StartsWith(g.Prefix, StringComparison.Ordinal)) is { Group: { } group } ? group : "other";
}
