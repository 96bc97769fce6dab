using System.Text;

namespace Laboratori.Web.Attendance;

/// <summary>
/// The text of an uploaded CSV: UTF-8 with or without a byte order mark, UTF-16 with one, else Windows-1252 (what
/// Excel's "CSV" saves on an Italian Windows). A file that is not text at all (NUL bytes, bytes Windows-1252 leaves
/// undefined) is refused rather than guessed.
/// </summary>
public static class ImportText
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static ImportText() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static string? Decode(ReadOnlySpan<byte> bytes)
    {
        string text;
        if (bytes.StartsWith(Encoding.UTF8.Preamble))
        {
            text = Try(StrictUtf8, bytes[3..]) ?? string.Empty;
            return Text(text) ? text : null;
        }

        if (bytes.StartsWith(Encoding.Unicode.Preamble) || bytes.StartsWith(Encoding.BigEndianUnicode.Preamble))
        {
            var utf16 = bytes[1] == 0xFE ? Encoding.Unicode : Encoding.BigEndianUnicode;
            text = utf16.GetString(bytes[2..]);
            return Text(text) ? text : null;
        }

        var windows = Encoding.GetEncoding(1252, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        text = Try(StrictUtf8, bytes) ?? Try(windows, bytes) ?? string.Empty;
        return Text(text) ? text : null;
    }

    private static string? Try(Encoding encoding, ReadOnlySpan<byte> bytes)
    {
        try
        {
            return encoding.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    /// <summary>Text a person could have written: no control characters but line breaks and tabs.</summary>
    private static bool Text(string text) => !text.Any(c => char.IsControl(c) && c is not '\r' and not '\n' and not '\t');
}
