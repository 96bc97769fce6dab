using Laboratori.Grains.Canvas.Model;
using Laboratori.Grains.Contracts;

namespace Laboratori.Grains.Canvas.Operations;

/// <summary><c>card.delete</c>: removes a card with its links, comments and votes.</summary>
public sealed record DeleteCard(string CardId) : CanvasOperation
{
    internal override string? Capability => "cards";

    internal override CanvasError? Validate(CanvasState state, Actor actor, LabLimits limits) =>
        Rules.FindCard(state, CardId, out var card) ?? Rules.Owns(actor, card.Author);

    internal override void Apply(CanvasState state, EventContext context)
    {
        state.Cards.Remove(CardId);
        state.Deleted.Add(CardId);
        foreach (var link in state.Links.Values.Where(l => l.From == CardId || l.To == CardId).ToList())
        {
            state.Links.Remove(link.Id);
            state.Deleted.Add(link.Id);
        }

        foreach (var comment in state.Comments.Values.Where(c => c.CardId == CardId).ToList())
        {
            state.Comments.Remove(comment.Id);
            state.Deleted.Add(comment.Id);
        }
    }
}
