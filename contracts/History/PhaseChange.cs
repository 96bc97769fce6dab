namespace Laboratori.Contracts.History;

/// <summary>The lab entered <paramref name="Phase"/> at event <paramref name="Seq"/>.</summary>
[GenerateSerializer, Immutable]
public sealed record PhaseChange([property: Id(0)] long Seq, [property: Id(1)] DateTimeOffset At, [property: Id(2)] string Phase);
