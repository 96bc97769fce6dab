namespace Laboratori.Grains.Canvas.Model;

/// <summary>An incontro: one live sitting of the lab, from its opening event to its closing one.</summary>
public sealed class Meeting
{
    public int Number { get; set; }

    public required string Title { get; set; }

    public DateTimeOffset OpenedAt { get; set; }

    public long OpenedSeq { get; set; }

    public DateTimeOffset? ClosedAt { get; set; }

    public long? ClosedSeq { get; set; }
}
