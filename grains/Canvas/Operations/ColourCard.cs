using System.Text.Json.Serialization;
using Laboratori.Contracts;
using Laboratori.Grains.Canvas.Model;

namespace Laboratori.Grains.Canvas.Operations;

/// <summary><c>card.colour</c>: a card's colour, from the palette.</summary>
public sealed record ColourCard(string CardId, string Colour) : CanvasOperation, IAttributable
{
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool Anonymous { get; init; }

    internal override string? Capability => "cards";

    internal override IEnumerable<string> CardsActedOn(CanvasState state) => [CardId];

    internal override CanvasError? Validate(CanvasState state, Actor actor, LabLimits limits) =>
        Rules.FindCard(state, CardId, out var card) ?? Rules.Owns(actor, card.Author) ?? Rules.Colour(Colour);

    internal override CanvasOperation Normalize(CanvasState state, Actor actor, DateTimeOffset at) =>
        this with { Anonymous = Rules.ActsAnonymously(actor, state.Cards[CardId]) };

    internal override void Apply(CanvasState state, EventContext context)
    {
        var card = state.Cards[CardId];
        card.Colour = Colour;
        card.UpdatedAt = context.At;
    }
}
