using Laboratori.Grains.Canvas.Model;
using Laboratori.Grains.Contracts;

namespace Laboratori.Grains.Canvas.Operations;

/// <summary><c>card.move</c>: a card to a new position, and to another lane when <see cref="Lane"/> is given. Anyone may move any card.</summary>
public sealed record MoveCard(string CardId, string? Lane, double X, double Y) : CanvasOperation
{
    internal override string? Capability => "cards";

    internal override CanvasError? Validate(CanvasState state, Actor actor, LabLimits limits) =>
        Rules.FindCard(state, CardId, out _) ?? (Lane is null ? null : Rules.Lane(state, Lane)) ?? Rules.Position(X, Y);

    internal override void Apply(CanvasState state, EventContext context)
    {
        var card = state.Cards[CardId];
        card.Lane = Lane ?? card.Lane;
        card.X = X;
        card.Y = Y;
        card.UpdatedAt = context.At;
    }
}
