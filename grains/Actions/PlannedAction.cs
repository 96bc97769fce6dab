using System.Collections.Immutable;

namespace Laboratori.Grains.Actions;

/// <summary>
/// One action of the plan: its text, status and deadline, who took it on (people by name, enti), and what it answers:
/// the needs and resources linked to it, with the enti that contributed them (anonymous authors left out).
/// <see cref="Overdue"/>: open and past its deadline; <see cref="DueSoon"/>: open and due within the warning window.
/// </summary>
public sealed record PlannedAction(
    string CardId,
    string Text,
    string Status,
    string? Deadline,
    bool Overdue,
    bool DueSoon,
    ImmutableArray<string> People,
    ImmutableArray<string> Enti,
    ImmutableArray<string> Needs,
    ImmutableArray<string> Resources,
    ImmutableArray<string> ContributingEnti);
