namespace Laboratori.Grains.Canvas.Model;

/// <summary>A directed link between two cards (this need ← this resource → this action).</summary>
public sealed class Link
{
    public required string Id { get; set; }

    public required string From { get; set; }

    public required string To { get; set; }

    public required string Author { get; set; }

    /// <summary>Added in anonymous mode: participants other than its author do not see who wrote it.</summary>
    public bool Anonymous { get; set; }
}
