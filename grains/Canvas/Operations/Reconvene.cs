using Laboratori.Contracts;
using Laboratori.Grains.Canvas.Model;

namespace Laboratori.Grains.Canvas.Operations;

/// <summary><c>groups.reconvene</c>: the tables come back to the plenary; their cards keep the table as a label.</summary>
public sealed record Reconvene : CanvasOperation
{
    internal override Permission Permission => Permission.Facilitator;

    internal override CanvasError? Validate(CanvasState state, Actor actor, LabLimits limits) => state.Split ? null : Errors.NotSplit;

    internal override void Apply(CanvasState state, EventContext context) => state.Split = false;
}
