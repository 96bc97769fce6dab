using Laboratori.Contracts;
using Laboratori.Grains.Canvas.Model;

namespace Laboratori.Grains.Canvas.Operations;

/// <summary><c>lab.voteBudget</c>: how many votes each participant has. Votes already cast stay.</summary>
public sealed record SetVoteBudget(int Budget) : CanvasOperation
{
    internal override Permission Permission => Permission.Facilitator;

    internal override CanvasError? Validate(CanvasState state, Actor actor, LabLimits limits) =>
        Budget >= 0 && Budget <= limits.MaxVoteBudget ? null : Errors.BudgetOutOfRange;

    internal override void Apply(CanvasState state, EventContext context) => state.VoteBudget = Budget;
}
