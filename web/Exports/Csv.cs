using System.Text;

namespace Laboratori.Web.Exports;

/// <summary>
/// CSV that spreadsheet programs open correctly with Italian text and Italian regional settings: UTF-8 with a byte
/// order mark, semicolons between fields, CRLF between records, fields quoted when needed.
/// </summary>
public sealed class Csv
{
    private readonly StringBuilder _text = new();

    public Csv Row(params object?[] fields)
    {
        _text.AppendJoin(';', fields.Select(f => Quote(Convert.ToString(f, System.Globalization.CultureInfo.GetCultureInfo("it-IT")) ?? string.Empty)));
        _text.Append("\r\n");
        return this;
    }

    public byte[] ToBytes() => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(_text.ToString())];

    private static string Quote(string field)
    {
        // A leading = + - @ would be read as a formula by spreadsheet programs: neutralise it.
        if (field.Length > 0 && field[0] is '=' or '+' or '-' or '@')
        {
            field = "'" + field;
        }

        return field.IndexOfAny([';', '"', '\r', '\n']) >= 0 ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : field;
    }
}
