using Laboratori.Contracts;
using Laboratori.Grains.Canvas.Model;

namespace Laboratori.Grains.Canvas.Operations;

/// <summary><c>reaction.remove</c>: takes back one's reaction of a kind from a card.</summary>
public sealed record RemoveReaction(string CardId, string Kind) : CanvasOperation
{
    internal override string? Capability => "comments";

    internal override bool Contributes => false;

    internal override IEnumerable<string> CardsActedOn(CanvasState state) => [CardId];

    internal override CanvasError? Validate(CanvasState state, Actor actor, LabLimits limits) =>
        Rules.FindCard(state, CardId, out var card)
        ?? (card.Reactions.TryGetValue(Kind, out var by) && by.ContainsKey(actor.Id) ? null : Errors.NoReaction);

    internal override void Apply(CanvasState state, EventContext context)
    {
        var reactions = state.Cards[CardId].Reactions;
        var by = reactions[Kind];
        var left = by[context.Author] - 1;
        if (left > 0)
        {
            by[context.Author] = left;
        }
        else if (by.Remove(context.Author) && by.Count == 0)
        {
            reactions.Remove(Kind);
        }
    }
}
