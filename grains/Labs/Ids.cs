using System.Security.Cryptography;

namespace Laboratori.Grains.Labs;

/// <summary>Server-made ids: a prefix and 16 random lowercase letters and digits (about 82 bits).</summary>
public static class Ids
{
    private const string Alphabet = "abcdefghijkmnpqrstuvwxyz23456789";

    public static string New(string prefix) => prefix + RandomNumberGenerator.GetString(Alphabet, 16);
}
