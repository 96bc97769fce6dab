using System.Collections.Immutable;

namespace Laboratori.Grains.Actions;

/// <summary>The "Piano delle azioni" of a lab on <see cref="Today"/> (Europe/Rome): every action card with its follow-up.</summary>
public sealed record ActionPlan(string LabId, string Title, long Seq, DateOnly Today, ImmutableArray<PlannedAction> Actions);
