using System.Security.Cryptography;

namespace Laboratori.Grains.Labs;

/// <summary>Server-made ids: a prefix and 16 random lowercase letters and digits (about 82 bits).</summary>
public static class Ids
{
    private const string Alphabet = "abcdefghijkmnpqrstuvwxyz23456789";

    public static string New(string prefix) => prefix + RandomNumberGenerator.GetString(Alphabet, 16);

    /// <summary>Whether text from outside could be an id at all (so it is never used as a grain key otherwise).</summary>
    public static bool IsWellFormed(string? id) => id is { Length: > 0 and <= 64 } && id.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-');
}
