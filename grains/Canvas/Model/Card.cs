namespace Laboratori.Grains.Canvas.Model;

/// <summary>A need, a resource or an action (or whatever the lab's lanes are) on the canvas.</summary>
public sealed class Card
{
    public required string Id { get; set; }

    public required string Lane { get; set; }

    public required string Text { get; set; }

    public required string Colour { get; set; }

    public double X { get; set; }

    public double Y { get; set; }

    public string? ThemeId { get; set; }

    public required string Author { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>Votes on this card by member id (a member may put several of their votes on one card).</summary>
    public Dictionary<string, int> Votes { get; set; } = [];
}
