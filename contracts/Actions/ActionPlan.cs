using System.Collections.Immutable;

namespace Laboratori.Contracts.Actions;

/// <summary>The "Piano delle azioni" of a lab on <see cref="Today"/> (Europe/Rome): every action card with its follow-up.</summary>
[GenerateSerializer, Immutable]
public sealed record ActionPlan(
    [property: Id(0)] string LabId,
    [property: Id(1)] string Title,
    [property: Id(2)] long Seq,
    [property: Id(3)] DateOnly Today,
    [property: Id(4)] ImmutableArray<PlannedAction> Actions);
