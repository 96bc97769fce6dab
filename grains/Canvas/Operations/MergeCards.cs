using System.Text.Json.Serialization;
using Laboratori.Contracts;
using Laboratori.Grains.Canvas.Model;

namespace Laboratori.Grains.Canvas.Operations;

/// <summary>
/// <c>card.merge</c>: the facilitator merges card <see cref="CardId"/> into <see cref="IntoId"/>. The merged card takes
/// <see cref="Text"/> (by default its own text, a blank line, then the other's); votes and reactions add up; comments
/// and links move over, except the links that would join the card to itself or repeat another
/// (<see cref="DroppedLinks"/>, which the server lists); <see cref="CardId"/> is deleted.
/// </summary>
public sealed record MergeCards(string CardId, string IntoId, string? Text) : CanvasOperation
{
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string[]? DroppedLinks { get; init; }

    internal override Permission Permission => Permission.Facilitator;

    internal override CanvasError? Validate(CanvasState state, Actor actor, LabLimits limits) =>
        Rules.FindVisibleCard(state, CardId, out var card) ?? Rules.FindVisibleCard(state, IntoId, out var into)
        ?? (CardId == IntoId ? Errors.MergeSelf : null)
        ?? Rules.Text(Text ?? Combined(into, card), limits.MaxTextLength);

    internal override CanvasOperation Normalize(CanvasState state, Actor actor, DateTimeOffset at)
    {
        var into = state.Cards[IntoId];
        var linkedToInto = state.Links.Values.Where(l => l.From == IntoId || l.To == IntoId).Select(l => l.From == IntoId ? l.To : l.From).ToHashSet();
        var dropped = state.Links.Values
            .Where(l => l.From == CardId || l.To == CardId)
            .Where(l => (l.From == CardId ? l.To : l.From) is var other && (other == IntoId || linkedToInto.Contains(other)))
            .Select(l => l.Id).Order(StringComparer.Ordinal).ToArray();
        return this with { Text = Text ?? Combined(into, state.Cards[CardId]), DroppedLinks = dropped };
    }

    internal override void Apply(CanvasState state, EventContext context)
    {
        var card = state.Cards[CardId];
        var into = state.Cards[IntoId];
        into.Text = Text!;
        into.UpdatedAt = context.At;
        foreach (var (member, count) in card.Votes)
        {
            into.Votes[member] = into.Votes.GetValueOrDefault(member) + count;
        }

        foreach (var (kind, by) in card.Reactions)
        {
            var target = into.Reactions.TryGetValue(kind, out var existing) ? existing : into.Reactions[kind] = [];
            foreach (var (member, count) in by)
            {
                target[member] = target.GetValueOrDefault(member) + count;
            }
        }

        foreach (var comment in state.Comments.Values.Where(c => c.CardId == CardId))
        {
            comment.CardId = IntoId;
        }

        foreach (var linkId in DroppedLinks ?? [])
        {
            state.Links.Remove(linkId);
            state.Deleted.Add(linkId);
        }

        foreach (var link in state.Links.Values)
        {
            link.From = link.From == CardId ? IntoId : link.From;
            link.To = link.To == CardId ? IntoId : link.To;
        }

        state.Cards.Remove(CardId);
        state.Deleted.Add(CardId);
    }

    private static string Combined(Card into, Card card) => into.Text + "\n\n" + card.Text;
}
