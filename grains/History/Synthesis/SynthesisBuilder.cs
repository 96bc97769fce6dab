using System.Collections.Immutable;
using Laboratori.Contracts.History;
using Laboratori.Grains.Canvas.Model;

namespace Laboratori.Grains.History.Synthesis;

/// <summary>Builds the synthesis grid from a folded canvas: what the lab shared (cards still hidden in private mode are left out).</summary>
public static class SynthesisBuilder
{
    private const string Anonymous = "Anonimo";

    public static SynthesisGrid Build(string labId, CanvasState state, DateTimeOffset? at)
    {
        var shared = state.Cards.Values.Where(c => !c.Hidden).ToDictionary(c => c.Id);
        var laneOrder = state.Lanes.Select((l, i) => (l.Id, i)).ToDictionary(p => p.Id, p => p.i);
        var neighbours = state.Links.Values
            .Where(l => shared.ContainsKey(l.From) && shared.ContainsKey(l.To))
            .SelectMany(l => new[] { (l.From, l.To), (l.To, l.From) })
            .ToLookup(p => p.Item1, p => p.Item2);
        var placed = new HashSet<string>();
        var rows = ImmutableArray.CreateBuilder<SynthesisRow>();
        foreach (var theme in state.Themes.Values)
        {
            var direct = shared.Values.Where(c => c.ThemeId == theme.Id).ToList();
            var linked = direct.SelectMany(c => neighbours[c.Id]).Distinct()
                .Select(id => shared[id]).Where(c => c.ThemeId is null && direct.All(d => d.Id != c.Id)).ToList();
            placed.UnionWith(direct.Concat(linked).Select(c => c.Id));
            rows.Add(new SynthesisRow(theme.Id, theme.Title, Order(direct.Select(c => (c, false)).Concat(linked.Select(c => (c, true))))));
        }

        var rest = shared.Values.Where(c => !placed.Contains(c.Id) && c.ThemeId is null).ToList();
        if (rest.Count > 0)
        {
            rows.Add(new SynthesisRow(null, "Senza tema", Order(rest.Select(c => (c, false)))));
        }

        var contributors = state.Members.Values
            .Where(m => m.Contributions > 0)
            .Select(m => new Contributor(m.DisplayName, m.Organisation, m.Sector, m.Role, shared.Values.Count(c => c.Author == m.Id && !c.Anonymous), m.Contributions))
            .OrderByDescending(c => c.Contributions).ThenBy(c => c.Name, StringComparer.Ordinal)
            .ToImmutableArray();
        return new SynthesisGrid(labId, state.Title, state.Seq, at, [.. state.Lanes], rows.ToImmutable(), contributors);

        ImmutableArray<SynthesisCard> Order(IEnumerable<(Card Card, bool ViaLink)> cards) =>
        [
            .. cards
                .OrderBy(p => laneOrder.GetValueOrDefault(p.Card.Lane, int.MaxValue))
                .ThenByDescending(p => p.Card.Votes.Values.Sum())
                .ThenBy(p => p.Card.CreatedAt)
                .Select(p => ToCard(p.Card, p.ViaLink)),
        ];

        SynthesisCard ToCard(Card card, bool viaLink)
        {
            var author = card.Anonymous ? null : state.Members.GetValueOrDefault(card.Author);
            if (card.OnBehalfOf is { } behalf)
            {
                // Written for someone: the organisation and sector are those it counts for, not the typist's.
                return new SynthesisCard(card.Id, card.Lane, card.Text, card.Votes.Values.Sum(), author?.DisplayName ?? card.Author,
                    behalf.Organisation ?? string.Empty, behalf.Sector ?? Contracts.Sector.Altro, viaLink,
                    [.. neighbours[card.Id].Select(id => shared[id].Text)], behalf.Label);
            }

            return new SynthesisCard(card.Id, card.Lane, card.Text, card.Votes.Values.Sum(), card.Anonymous ? Anonymous : author?.DisplayName ?? card.Author,
                card.Anonymous ? null : author?.Organisation ?? string.Empty, card.Anonymous ? null : author?.Sector ?? Contracts.Sector.Altro, viaLink,
                [.. neighbours[card.Id].Select(id => shared[id].Text)]);
        }
    }
}
