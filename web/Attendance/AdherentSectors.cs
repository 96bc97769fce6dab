namespace Laboratori.Web.Attendance;

/// <summary>The sector names of the wire and of imports, and the Italian labels a spreadsheet may use for them.</summary>
public static class AdherentSectors
{
    public const string Altro = "altro";

    private static readonly Dictionary<string, string> Accepted = new(StringComparer.OrdinalIgnoreCase)
    {
        ["ente_pubblico"] = "ente_pubblico", ["ente pubblico"] = "ente_pubblico", ["pubblico"] = "ente_pubblico",
        ["terzo_settore"] = "terzo_settore", ["terzo settore"] = "terzo_settore",
        ["cittadino"] = "cittadino", ["cittadina"] = "cittadino", ["cittadino/a"] = "cittadino",
        ["altro"] = Altro, [string.Empty] = Altro,
    };

    /// <summary>The wire name of <paramref name="text"/> (empty means <c>altro</c>), or null if it names no sector.</summary>
    public static string? Normalize(string? text) => Accepted.GetValueOrDefault((text ?? string.Empty).Trim());
}
