using Laboratori.Contracts;
using Laboratori.Grains.Canvas.Model;

namespace Laboratori.Grains.Canvas.Operations;

/// <summary><c>lab.lock</c>: the facilitator locks the canvas (participants can no longer change it) or unlocks it.</summary>
public sealed record SetLock(bool Locked) : CanvasOperation
{
    internal override Permission Permission => Permission.Facilitator;

    internal override CanvasError? Validate(CanvasState state, Actor actor, LabLimits limits) => null;

    internal override void Apply(CanvasState state, EventContext context) => state.Locked = Locked;
}
