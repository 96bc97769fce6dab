using System.Text.Json.Serialization;
using Laboratori.Contracts;
using Laboratori.Grains.Canvas.Model;

namespace Laboratori.Grains.Canvas.Operations;

/// <summary>
/// <c>lab.reveal</c>: the facilitator reveals hidden cards, the ones named or (null) all. The event carries their ids and
/// texts, so the participants who saw them face down can turn them over.
/// </summary>
public sealed record RevealCards(string[]? CardIds = null) : CanvasOperation
{
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public Dictionary<string, string>? Cards { get; init; }

    internal override Permission Permission => Permission.Facilitator;

    internal override CanvasError? Validate(CanvasState state, Actor actor, LabLimits limits) =>
        CardIds is not null && CardIds.Any(id => id is null) ? Rules.NullElement("cardIds")
        : CardIds?.Select(id => Rules.FindCard(state, id, out _)).FirstOrDefault(e => e is not null);

    internal override CanvasOperation Normalize(CanvasState state, Actor actor, DateTimeOffset at)
    {
        var ids = CardIds ?? [.. state.Cards.Values.Where(c => c.Hidden).Select(c => c.Id).Order(StringComparer.Ordinal)];
        return this with { CardIds = ids, Cards = ids.Distinct().Where(id => state.Cards[id].Hidden).ToDictionary(id => id, id => state.Cards[id].Text) };
    }

    internal override void Apply(CanvasState state, EventContext context)
    {
        foreach (var (id, text) in Cards ?? [])
        {
            var card = state.Cards[id];
            card.Hidden = false;
            card.Text = text;
        }
    }
}
