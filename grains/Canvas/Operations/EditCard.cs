using System.Text.Json.Serialization;
using Laboratori.Contracts;
using Laboratori.Grains.Canvas.Model;

namespace Laboratori.Grains.Canvas.Operations;

/// <summary><c>card.edit</c>: new text for a card. Participants edit their own cards; the later edit wins.</summary>
public sealed record EditCard(string CardId, string Text) : CanvasOperation, IAttributable
{
    /// <summary>The card is hidden (private mode): only its author and staff read the new text.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool Hidden { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool Anonymous { get; init; }

    internal override string? Capability => "cards";

    internal override IEnumerable<string> CardsActedOn(CanvasState state) => [CardId];

    internal override CanvasError? Validate(CanvasState state, Actor actor, LabLimits limits) =>
        Rules.FindCard(state, CardId, out var card) ?? Rules.Owns(actor, card.Author) ?? Rules.Text(Text, limits.MaxTextLength);

    internal override CanvasOperation Normalize(CanvasState state, Actor actor, DateTimeOffset at)
    {
        var card = state.Cards[CardId];
        return this with { Hidden = card.Hidden, Anonymous = Rules.ActsAnonymously(actor, card.Author, card.Anonymous) };
    }

    internal override void Apply(CanvasState state, EventContext context)
    {
        var card = state.Cards[CardId];
        card.Text = Text;
        card.UpdatedAt = context.At;
    }
}
