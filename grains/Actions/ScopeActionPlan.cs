using System.Collections.Immutable;
using Laboratori.Contracts.Actions;

namespace Laboratori.Grains.Actions;

/// <summary>
/// The "Piano delle azioni" across the labs of an edizione or a programme (<see cref="ScopeId"/>) on
/// <see cref="Today"/>: every lab's actions, overdue first, then by deadline; each traced as in a lab's own plan.
/// </summary>
public sealed record ScopeActionPlan(string ScopeId, string Title, DateOnly Today, ImmutableArray<ScopedAction> Actions)
{
    public static ScopeActionPlan Of(string scopeId, string title, DateOnly today, IEnumerable<(string LabTitle, ActionPlan Plan)> labs) =>
        new(scopeId, title, today,
        [
            .. labs.SelectMany(l => l.Plan.Actions.Select(a => new ScopedAction(l.Plan.LabId, l.LabTitle, a)))
                .OrderBy(a => a.Action.Overdue ? 0 : 1)
                .ThenBy(a => a.Action.Deadline ?? "9999", StringComparer.Ordinal)
                .ThenBy(a => a.LabTitle, StringComparer.Ordinal),
        ]);

    /// <summary>Only the actions that call for attention: overdue or due soon (neither is ever true of a done one).</summary>
    public ScopeActionPlan Due() => this with { Actions = [.. Actions.Where(a => a.Action.Overdue || a.Action.DueSoon)] };
}
