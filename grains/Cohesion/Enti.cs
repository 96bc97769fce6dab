using System.Text;

namespace Laboratori.Grains.Cohesion;

/// <summary>
/// An ente is named by what participants type as their organisation: the same ente typed with other spacing or
/// capitals is one ente.
/// </summary>
public static class Enti
{
    /// <summary>The ente's key: trimmed, inner spaces collapsed, upper case (invariant); empty when none was given.</summary>
    public static string Key(string? organisation)
    {
        if (string.IsNullOrWhiteSpace(organisation))
        {
            return string.Empty;
        }

        var key = new StringBuilder(organisation.Length);
        foreach (var word in organisation.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            key.Append(key.Length > 0 ? " " : string.Empty).Append(word.ToUpperInvariant());
        }

        return key.ToString();
    }
}
