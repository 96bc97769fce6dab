using Laboratori.Contracts;
using Laboratori.Grains.Canvas.Model;

namespace Laboratori.Grains.Canvas.Operations;

/// <summary><c>lab.private</c>: private mode on or off. While on, the cards participants add are hidden from the other participants until revealed.</summary>
public sealed record SetPrivate(bool Enabled) : CanvasOperation
{
    internal override Permission Permission => Permission.Facilitator;

    internal override CanvasError? Validate(CanvasState state, Actor actor, LabLimits limits) => null;

    internal override void Apply(CanvasState state, EventContext context) => state.Private = Enabled;
}
