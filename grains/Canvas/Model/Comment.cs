namespace Laboratori.Grains.Canvas.Model;

/// <summary>A comment on a card.</summary>
public sealed class Comment
{
    public required string Id { get; set; }

    public required string CardId { get; set; }

    public required string Text { get; set; }

    public required string Author { get; set; }

    /// <summary>Added in anonymous mode: participants other than its author do not see who wrote it.</summary>
    public bool Anonymous { get; set; }

    public DateTimeOffset At { get; set; }
}
