using System.Text.RegularExpressions;
using Laboratori.Tests.Support;

namespace Laboratori.Tests.Fuzz;

/// <summary>The error codes docs/protocol.md documents, with the HTTP status of each, read from its tables.</summary>
public static partial class DocumentedCodes
{
    public static IReadOnlyDictionary<string, int> Statuses { get; } = Read();

    private static Dictionary<string, int> Read()
    {
        var codes = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(Repository.PathOf("docs", "protocol.md")))
        {
            if (Row().Match(line) is { Success: true } row)
            {
                codes[row.Groups["code"].Value] = int.Parse(row.Groups["status"].Value, System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        return codes;
    }

    [GeneratedRegex(@"^\| `(?<code>[a-z_]+)` \| (?<status>\d{3}) \|")]
    private static partial Regex Row();
}
