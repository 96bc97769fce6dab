using Laboratori.Grains.Canvas.Model;
using Laboratori.Grains.Contracts;

namespace Laboratori.Grains.Canvas.Operations;

/// <summary><c>card.edit</c>: new text for a card. Participants edit their own cards; the later edit wins.</summary>
public sealed record EditCard(string CardId, string Text) : CanvasOperation
{
    internal override string? Capability => "cards";

    internal override CanvasError? Validate(CanvasState state, Actor actor, LabLimits limits) =>
        Rules.FindCard(state, CardId, out var card) ?? Rules.Owns(actor, card.Author) ?? Rules.Text(Text, limits.MaxTextLength);

    internal override void Apply(CanvasState state, EventContext context)
    {
        var card = state.Cards[CardId];
        card.Text = Text;
        card.UpdatedAt = context.At;
    }
}
