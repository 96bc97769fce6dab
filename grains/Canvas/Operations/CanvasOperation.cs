using Laboratori.Contracts;
using Laboratori.Grains.Canvas.Model;

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

    /// <summary>Whether the event counts as a contribution of its author: what they wrote under their name.</summary>
    internal virtual bool Contributes => Capability is not null && this is not IAttributable { Anonymous: true };

    /// <summary>The cards it acts on: while the lab is split, a participant acts only on the cards of their own table.</summary>
    internal virtual IEnumerable<string> CardsActedOn(CanvasState state) => [];

    /// <summary>Why <paramref name="actor"/> may not apply this to <paramref name="state"/>, or null if they may.</summary>
    internal abstract CanvasError? Validate(CanvasState state, Actor actor, LabLimits limits);

    /// <summary>
    /// The operation as its event records it, once validated: with what the server decides filled in (hidden,
    /// anonymous, table, end of the countdown…), whatever the client sent in those members. Must be idempotent.
    /// </summary>
    internal virtual CanvasOperation Normalize(CanvasState state, Actor actor, DateTimeOffset at) => this;

    /// <summary>Applies the already validated change. Must not fail: replay depends on it.</summary>
    internal abstract void Apply(CanvasState state, EventContext context);
}

/// <summary>An operation whose event says whether its author is hidden from the other participants (anonymous mode).</summary>
internal interface IAttributable
{
    bool Anonymous { get; }
}
