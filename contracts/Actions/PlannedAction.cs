using System.Collections.Immutable;

namespace Laboratori.Contracts.Actions;

/// <summary>
/// One action of the plan: its text, status and deadline, who took it on (people by name, enti), and what it answers:
/// the needs and resources linked to it, with the enti that contributed them (anonymous authors left out).
/// <see cref="Overdue"/>: open and past its deadline; <see cref="DueSoon"/>: open and due within the warning window.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record PlannedAction(
    [property: Id(0)] string CardId,
    [property: Id(1)] string Text,
    [property: Id(2)] string Status,
    [property: Id(3)] string? Deadline,
    [property: Id(4)] bool Overdue,
    [property: Id(5)] bool DueSoon,
    [property: Id(6)] ImmutableArray<string> People,
    [property: Id(7)] ImmutableArray<string> Enti,
    [property: Id(8)] ImmutableArray<string> Needs,
    [property: Id(9)] ImmutableArray<string> Resources,
    [property: Id(10)] ImmutableArray<string> ContributingEnti);
