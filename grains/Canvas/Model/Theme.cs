namespace Laboratori.Grains.Canvas.Model;

/// <summary>A theme (cluster) that groups cards, or a macro-question of the synthesis grid.</summary>
public sealed class Theme
{
    public required string Id { get; set; }

    public required string Title { get; set; }

    public required string Author { get; set; }

    /// <summary>Added in anonymous mode: participants other than its author do not see who wrote it.</summary>
    public bool Anonymous { get; set; }

    /// <summary>Chosen from the cards' palette (<c>theme.colour</c>); absent: the screens give it one in turn.</summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public string? Colour { get; set; }
}
