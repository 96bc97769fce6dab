using System.Collections.Immutable;
using System.Globalization;
using Laboratori.Contracts.Actions;
using Laboratori.Grains.Canvas.Model;
using Laboratori.Grains.Canvas.Operations;
using Laboratori.Grains.Cohesion;

namespace Laboratori.Grains.Actions;

/// <summary>
/// Builds the action plan from a folded canvas: each shared action card (hidden ones left out), traced through its
/// links to the needs and resources it answers. Overdue and due-soon are judged against <c>today</c>.
/// </summary>
public static class ActionPlanBuilder
{
    /// <summary>An open action due within this many days is "in scadenza" (due soon).</summary>
    public const int DueSoonDays = 14;

    public static ActionPlan Build(string labId, CanvasState state, DateOnly today)
    {
        var shared = state.Cards.Values.Where(c => !c.Hidden).ToDictionary(c => c.Id, StringComparer.Ordinal);
        var neighbours = state.Links.Values
            .Where(l => shared.ContainsKey(l.From) && shared.ContainsKey(l.To))
            .SelectMany(l => new[] { (l.From, l.To), (l.To, l.From) })
            .ToLookup(p => p.Item1, p => shared[p.Item2], StringComparer.Ordinal);
        var actions = shared.Values
            .Where(c => state.KindOf(c.Lane) == ContributionKind.Action)
            .OrderBy(c => c.FollowUp?.Deadline ?? "9999", StringComparer.Ordinal).ThenBy(c => c.CreatedAt)
            .Select(c => Plan(state, c, neighbours[c.Id].ToList(), today));
        return new ActionPlan(labId, state.Title, state.Seq, today, [.. actions]);
    }

    private static PlannedAction Plan(CanvasState state, Card card, List<Card> linked, DateOnly today)
    {
        var followUp = card.FollowUp ?? new ActionFollowUp();
        var deadline = followUp.Deadline is { } d ? DateOnly.ParseExact(d, "yyyy-MM-dd", CultureInfo.InvariantCulture) : (DateOnly?)null;
        var open = ActionStatuses.IsOpen(followUp.Status);
        var people = followUp.People.Select(id => state.Members.TryGetValue(id, out var m) ? m.DisplayName : id);
        var ownerEnti = followUp.People.Select(id => state.Members.GetValueOrDefault(id)?.Organisation ?? string.Empty).Concat(followUp.Enti);
        var contributing = linked.Where(c => !c.Anonymous).Select(c => state.Members.GetValueOrDefault(c.Author)?.Organisation ?? string.Empty);
        return new PlannedAction(
            card.Id, card.Text, followUp.Status, followUp.Deadline,
            open && deadline < today,
            open && deadline >= today && deadline <= today.AddDays(DueSoonDays),
            [.. people], Distinct(ownerEnti),
            [.. linked.Where(c => state.KindOf(c.Lane) == ContributionKind.Need).Select(c => c.Text)],
            [.. linked.Where(c => state.KindOf(c.Lane) == ContributionKind.Resource).Select(c => c.Text)],
            Distinct(contributing));
    }

    /// <summary>Enti named once each (the same ente typed differently is one), in the order first named.</summary>
    private static ImmutableArray<string> Distinct(IEnumerable<string> enti) =>
        [.. enti.Where(e => Enti.Key(e).Length > 0).GroupBy(Enti.Key, StringComparer.Ordinal).Select(g => g.First().Trim())];
}
