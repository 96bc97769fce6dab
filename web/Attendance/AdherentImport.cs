using System.Collections.Immutable;
using System.Globalization;
using System.Net.Mail;
using CsvHelper;
using CsvHelper.Configuration;
using Laboratori.Contracts;
using Laboratori.Web.Exports;

namespace Laboratori.Web.Attendance;

/// <summary>
/// Reads a list of adesioni from CSV (semicolon, comma or tab separated) or XLSX. The first row names the columns:
/// a name column is required; organisation, sector and e-mail are optional; any other column is refused, since a
/// wrong column usually means a wrong file. The whole file is checked before anything is imported, and the first
/// problem is reported with its row: it is all or nothing.
/// </summary>
public static class AdherentImport
{
    private static readonly char[] Delimiters = [';', ',', '\t'];

    private static readonly Dictionary<string, string> Columns = new(StringComparer.OrdinalIgnoreCase)
    {
        ["nome"] = "name", ["nominativo"] = "name", ["nome e cognome"] = "name", ["name"] = "name", ["partecipante"] = "name",
        ["organizzazione"] = "organisation", ["ente"] = "organisation", ["organisation"] = "organisation", ["organization"] = "organisation",
        ["settore"] = "sector", ["sector"] = "sector",
        ["email"] = "email", ["e-mail"] = "email", ["posta elettronica"] = "email", ["mail"] = "email",
    };

    /// <summary>Parses the upload; <paramref name="taken"/> holds the <see cref="AdherentKey"/>s already in the lab.</summary>
    public static ImportResult Parse(byte[] file, string? fileName, IReadOnlySet<string> taken, int maxRows, int maxLength)
    {
        if (file.Length == 0)
        {
            return ImportResult.Failed(AttendanceErrors.ImportEmpty);
        }

        var isXlsx = file.AsSpan().StartsWith("PK\u0003\u0004"u8) || (fileName?.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase) ?? false);
        List<string[]>? rows;
        if (isXlsx)
        {
            rows = XlsxRows.Read(file, out var formulaAt);
            if (formulaAt is { } cell)
            {
                return ImportResult.Failed(AttendanceErrors.ImportFormula.With($"Cella {cell}.", $"Cell {cell}."));
            }
        }
        else
        {
            if (ImportText.Decode(file) is not { } text)
            {
                return ImportResult.Failed(AttendanceErrors.ImportEncoding);
            }

            rows = CsvRows(text);
        }

        return rows is null ? ImportResult.Failed(AttendanceErrors.ImportFormat) : Check(rows, taken, maxRows, maxLength);
    }

    /// <summary>What makes two entries the same person: name and organisation, ignoring case and repeated spaces.</summary>
    public static string AdherentKey(string displayName, string organisation) =>
        string.Join(' ', displayName.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant() + "\u001f"
        + string.Join(' ', organisation.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();

    private static ImportResult Check(List<string[]> rows, IReadOnlySet<string> taken, int maxRows, int maxLength)
    {
        rows.RemoveAll(r => r.All(string.IsNullOrWhiteSpace));
        if (rows.Count == 0)
        {
            return ImportResult.Failed(AttendanceErrors.ImportEmpty);
        }

        var header = rows[0].Select(h => h.Trim()).ToArray();
        var unknown = header.Where(h => h.Length > 0 && !Columns.ContainsKey(h)).ToList();
        var fields = header.Select(h => Columns.GetValueOrDefault(h)).ToArray();
        if (unknown.Count > 0 || !fields.Contains("name") || fields.Where(f => f is not null).GroupBy(f => f).Any(g => g.Count() > 1))
        {
            var named = string.Join(", ", unknown.Count > 0 ? unknown : header);
            return ImportResult.Failed(AttendanceErrors.ImportColumns.With($"Trovate: {named}.", $"Found: {named}."));
        }

        if (rows.Count - 1 > maxRows)
        {
            return ImportResult.Failed(AttendanceErrors.ImportTooMany.With(
                string.Create(CultureInfo.InvariantCulture, $"Al massimo {maxRows}, il file ne ha {rows.Count - 1}."),
                string.Create(CultureInfo.InvariantCulture, $"At most {maxRows}, the file has {rows.Count - 1}.")));
        }

        if (rows.Count == 1)
        {
            return ImportResult.Failed(AttendanceErrors.ImportEmpty);
        }

        var people = ImmutableArray.CreateBuilder<ImportedAdherent>(rows.Count - 1);
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 1; i < rows.Count; i++)
        {
            var number = i + 1;
            var row = rows[i];
            string Field(string name) => Array.IndexOf(fields, name) is var at and >= 0 && at < row.Length ? row[at].Trim() : string.Empty;
            if (row.Any(cell => Csv.LooksLikeFormula(cell.Trim())))
            {
                return ImportResult.Failed(AttendanceErrors.ImportFormula.With($"Riga {number}.", $"Row {number}."));
            }

            var name = Field("name");
            var organisation = Field("organisation");
            var email = Field("email");
            var problem = name.Length == 0 ? "manca il nome|the name is missing"
                : name.Length > maxLength || organisation.Length > maxLength ? $"testo oltre {maxLength} caratteri|text longer than {maxLength} characters"
                : AdherentSectors.Normalize(Field("sector")) is null ? "settore sconosciuto|unknown sector"
                : email.Length > 0 && (email.Length > 254 || !MailAddress.TryCreate(email, out _)) ? "e-mail non valida|invalid e-mail"
                : null;
            if (problem?.Split('|') is [var it, var en])
            {
                return ImportResult.Failed(AttendanceErrors.ImportRowInvalid.With($"Riga {number}: {it}.", $"Row {number}: {en}."));
            }

            var key = AdherentKey(name, organisation);
            if (taken.Contains(key) || !seen.TryAdd(key, number))
            {
                var where = seen.TryGetValue(key, out var first) && first != number ? $"{first} e {number}" : $"{number} (già in elenco)";
                var whereEn = seen.TryGetValue(key, out first) && first != number ? $"{first} and {number}" : $"{number} (already listed)";
                return ImportResult.Failed(AttendanceErrors.ImportDuplicate.With($"Righe {where}.", $"Rows {whereEn}."));
            }

            people.Add(new ImportedAdherent(number, name, organisation, AdherentSectors.Normalize(Field("sector"))!, email.Length > 0 ? email : null));
        }

        return new ImportResult(people.MoveToImmutable(), null);
    }

    private static List<string[]>? CsvRows(string text)
    {
        var firstLine = text[..(text.IndexOfAny(['\r', '\n']) is var end and >= 0 ? end : text.Length)];
        var delimiter = Delimiters.MaxBy(d => firstLine.AsSpan().Count(d)).ToString();
        var config = new CsvConfiguration(CultureInfo.InvariantCulture) { Delimiter = delimiter, HasHeaderRecord = false, BadDataFound = null, DetectColumnCountChanges = false };
        var rows = new List<string[]>();
        try
        {
            using var reader = new CsvReader(new StringReader(text), config);
            while (reader.Read())
            {
                rows.Add(reader.Parser.Record ?? []);
            }
        }
        catch (CsvHelperException)
        {
            return null;
        }

        return rows;
    }
}
