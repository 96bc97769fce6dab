using System.Collections.Immutable;
using Laboratori.Contracts;
using Laboratori.Grains.Canvas.Model;

namespace Laboratori.Grains.Canvas.Operations;

/// <summary>
/// <c>action.owners</c>: who takes on an action card: members of the lab (<see cref="People"/>, by member id) and enti
/// (<see cref="Enti"/>, by name). Replaces the previous owners; the event records them trimmed and without repeats.
/// </summary>
public sealed record SetActionOwners(string CardId, ImmutableArray<string> People, ImmutableArray<string> Enti) : CanvasOperation
{
    /// <summary>At most this many people, and this many enti, per action.</summary>
    public const int MaxOwners = 20;

    internal override IEnumerable<string> CardsActedOn(CanvasState state) => [CardId];

    internal override CanvasError? Validate(CanvasState state, Actor actor, LabLimits limits) =>
        ActionRules.FindAction(state, actor, CardId, out _)
        ?? (People.IsDefault || Enti.IsDefault || People.Length > MaxOwners || Enti.Length > MaxOwners ? Errors.OwnersInvalid : null)
        ?? (People.All(p => state.Members.TryGetValue(p, out var m) && !m.Removed) ? null : Errors.OwnersInvalid)
        ?? Enti.Select(e => Rules.Text(e, limits.MaxTitleLength)).FirstOrDefault(e => e is not null);

    internal override CanvasOperation Normalize(CanvasState state, Actor actor, DateTimeOffset at) => this with
    {
        People = [.. People.Distinct(StringComparer.Ordinal)],
        Enti = [.. Enti.Select(e => e.Trim()).Distinct(StringComparer.Ordinal)],
    };

    internal override void Apply(CanvasState state, EventContext context)
    {
        var followUp = ActionRules.FollowUp(state.Cards[CardId]);
        followUp.People = [.. People];
        followUp.Enti = [.. Enti];
    }
}
