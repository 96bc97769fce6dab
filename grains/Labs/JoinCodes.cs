using System.Security.Cryptography;

namespace Laboratori.Grains.Labs;

/// <summary>
/// Join codes: 10 characters from a 30-symbol alphabet without look-alikes (0/O, 1/I/L, U), drawn from a CSPRNG:
/// about 49 bits, so guessing is hopeless even before rate limiting. Shown as XXXXX-XXXXX; dashes, spaces and case are ignored.
/// </summary>
public static class JoinCodes
{
    private const string Alphabet = "23456789ABCDEFGHJKMNPQRSTVWXYZ";
    private const int Length = 10;

    public static string New() => RandomNumberGenerator.GetString(Alphabet, Length);

    /// <summary>The code in its canonical form, or null if it cannot be a join code.</summary>
    public static string? Normalize(string? input)
    {
        if (input is null)
        {
            return null;
        }

        var code = new string([.. input.Where(c => c is not ('-' or ' ')).Select(char.ToUpperInvariant)]);
        return code.Length == Length && code.All(c => Alphabet.Contains(c)) ? code : null;
    }

    public static string Display(string code) => code.Length == Length ? $"{code[..5]}-{code[5..]}" : code;
}
