using Laboratori.Contracts;
using Laboratori.Grains.Canvas.Model;

namespace Laboratori.Grains.Canvas.Operations;

/// <summary><c>lab.anonymous</c>: anonymous mode on or off. While on, what participants add is not attributed to them in the other participants' view.</summary>
public sealed record SetAnonymous(bool Enabled) : CanvasOperation
{
    internal override Permission Permission => Permission.Facilitator;

    internal override CanvasError? Validate(CanvasState state, Actor actor, LabLimits limits) => null;

    internal override void Apply(CanvasState state, EventContext context) => state.Anonymous = Enabled;
}
