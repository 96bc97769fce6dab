using System.Text.Json.Serialization;
using Laboratori.Contracts;
using Laboratori.Grains.Canvas.Model;

namespace Laboratori.Grains.Canvas.Operations;

/// <summary><c>card.delete</c>: removes a card with its links, comments and votes.</summary>
public sealed record DeleteCard(string CardId) : CanvasOperation, IAttributable
{
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool Anonymous { get; init; }

    internal override string? Capability => "cards";

    internal override IEnumerable<string> CardsActedOn(CanvasState state) => [CardId];

    internal override CanvasError? Validate(CanvasState state, Actor actor, LabLimits limits) =>
        Rules.FindCard(state, CardId, out var card) ?? Rules.Owns(actor, card.Author);

    internal override CanvasOperation Normalize(CanvasState state, Actor actor, DateTimeOffset at) =>
        this with { Anonymous = Rules.ActsAnonymously(actor, state.Cards[CardId]) };

    internal override void Apply(CanvasState state, EventContext context) => Remove(state, CardId);

    /// <summary>Removes a card and what hangs on it: its links and its comments (its votes go with it).</summary>
    internal static void Remove(CanvasState state, string cardId)
    {
        state.Cards.Remove(cardId);
        state.Deleted.Add(cardId);
        foreach (var link in state.Links.Values.Where(l => l.From == cardId || l.To == cardId).ToList())
        {
            state.Links.Remove(link.Id);
            state.Deleted.Add(link.Id);
        }

        foreach (var comment in state.Comments.Values.Where(c => c.CardId == cardId).ToList())
        {
            state.Comments.Remove(comment.Id);
            state.Deleted.Add(comment.Id);
        }
    }
}
