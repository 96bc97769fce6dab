using System.Text.Json.Serialization;
using Laboratori.Contracts;
using Laboratori.Grains.Canvas.Model;

namespace Laboratori.Grains.Canvas.Operations;

/// <summary><c>card.move</c>: a card to a new position, and to another lane when <see cref="Lane"/> is given. Anyone may move any card.</summary>
public sealed record MoveCard(string CardId, string? Lane, double X, double Y) : CanvasOperation, IAttributable
{
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool Anonymous { get; init; }

    internal override string? Capability => "cards";

    internal override IEnumerable<string> CardsActedOn(CanvasState state) => [CardId];

    internal override CanvasError? Validate(CanvasState state, Actor actor, LabLimits limits) =>
        Rules.FindCard(state, CardId, out _) ?? (Lane is null ? null : Rules.Lane(state, Lane)) ?? Rules.Position(X, Y);

    internal override CanvasOperation Normalize(CanvasState state, Actor actor, DateTimeOffset at) =>
        this with { Anonymous = Rules.ActsAnonymously(actor, state.Cards[CardId]) };

    internal override void Apply(CanvasState state, EventContext context)
    {
        var card = state.Cards[CardId];
        card.Lane = Lane ?? card.Lane;
        card.X = X;
        card.Y = Y;
        card.UpdatedAt = context.At;
    }
}
