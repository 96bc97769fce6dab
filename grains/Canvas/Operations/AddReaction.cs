using Laboratori.Contracts;
using Laboratori.Grains.Canvas.Model;

namespace Laboratori.Grains.Canvas.Operations;

/// <summary><c>reaction.add</c>: a quick reaction to a card, one of each kind per person. Counted, not attributed, for participants.</summary>
public sealed record AddReaction(string CardId, string Kind) : CanvasOperation
{
    /// <summary>The kinds of reaction: agreement, love, idea, doubt, importance.</summary>
    public static readonly string[] Kinds = ["accordo", "cuore", "idea", "dubbio", "importante"];

    internal override string? Capability => "comments";

    internal override bool Contributes => false;

    internal override IEnumerable<string> CardsActedOn(CanvasState state) => [CardId];

    internal override CanvasError? Validate(CanvasState state, Actor actor, LabLimits limits) =>
        (Kinds.Contains(Kind) ? null : Errors.ReactionUnknown) ?? Rules.FindVisibleCard(state, CardId, out var card)
        ?? (card.Reactions.TryGetValue(Kind, out var by) && by.ContainsKey(actor.Id) ? Errors.ReactionExists : null);

    internal override void Apply(CanvasState state, EventContext context)
    {
        var reactions = state.Cards[CardId].Reactions;
        if (!reactions.TryGetValue(Kind, out var by))
        {
            reactions[Kind] = by = [];
        }

        by[context.Author] = by.GetValueOrDefault(context.Author) + 1;
    }
}
