using Laboratori.Grains.Canvas.Model;
using Laboratori.Grains.Contracts;

namespace Laboratori.Grains.Canvas.Operations;

/// <summary>
/// A change to the canvas. Its payload is the record's JSON; its event carries the same payload, so validating and
/// applying are one type's business and the browser applies the event with the same rules.
/// </summary>
public abstract record CanvasOperation
{
    /// <summary>Who may send it. Most operations are open to participants, within the phase and the lock.</summary>
    internal virtual Permission Permission => Permission.Participant;

    /// <summary>What the phase must allow for a participant to send it (<c>cards</c>, <c>links</c>, …); null if phases do not gate it.</summary>
    internal virtual string? Capability => null;

    /// <summary>Why <paramref name="actor"/> may not apply this to <paramref name="state"/>, or null if they may.</summary>
    internal abstract CanvasError? Validate(CanvasState state, Actor actor, LabLimits limits);

    /// <summary>Applies the already validated change. Must not fail: replay depends on it.</summary>
    internal abstract void Apply(CanvasState state, EventContext context);
}
