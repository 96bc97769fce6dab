namespace Laboratori.Grains.Canvas.Model;

/// <summary>A countdown the facilitator started: <see cref="Seconds"/> long, from <see cref="StartedAt"/> to <see cref="EndsAt"/>.</summary>
public sealed class LabTimer
{
    public int Seconds { get; set; }

    public DateTimeOffset StartedAt { get; set; }

    public DateTimeOffset EndsAt { get; set; }
}
