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

    /// <summary>
    /// Whether a spreadsheet program might read the field as a formula: it starts with = + - @ | (or their full-width or
    /// other compatibility forms, which some programs fold), or with a tab, a line break or a space before one of them.
    /// Any field that starts with a control character or white space is neutralised too: nothing a person typed needs it.
    /// </summary>
    public static bool LooksLikeFormula(string field)
    {
        if (field.Length == 0)
        {
            return false;
        }

        if (char.IsWhiteSpace(field[0]) || char.IsControl(field[0]))
        {
            return true;
        }

        var first = field[..(char.IsHighSurrogate(field[0]) && field.Length > 1 ? 2 : 1)].Normalize(NormalizationForm.FormKC);
        return first.Length > 0 && first[0] is '=' or '+' or '-' or '@' or '|';
    }

    public byte[] ToBytes() => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(_text.ToString())];

    private static string Quote(string field)
    {
        if (LooksLikeFormula(field))
        {
            field = "'" + field;
        }

        return field.IndexOfAny([';', '"', '\r', '\n']) >= 0 ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : field;
    }
}
