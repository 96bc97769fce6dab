using Laboratori.Contracts;
using Laboratori.Grains.Canvas.Model;

namespace Laboratori.Grains.Canvas.Operations;

/// <summary><c>lab.phase</c>: the facilitator moves the lab to a phase of its agenda.</summary>
public sealed record SetPhase(string Phase) : CanvasOperation
{
    internal override Permission Permission => Permission.Facilitator;

    internal override CanvasError? Validate(CanvasState state, Actor actor, LabLimits limits) =>
        state.Phases.Exists(p => p.Id == Phase) ? null : Errors.PhaseUnknown;

    internal override void Apply(CanvasState state, EventContext context) => state.Phase = Phase;
}
