using System.Collections.Immutable;
using Laboratori.Grains.Canvas.Model;

namespace Laboratori.Grains.Cohesion;

/// <summary>
/// The network of who interacted with whom: people joined by their attributed interactions, and enti joined by the
/// interactions between their people (within one ente, none). Anonymous interactions have no edge.
/// </summary>
public sealed record CohesionNetwork(ImmutableArray<NetworkNode> Nodes, ImmutableArray<NetworkEdge> Edges)
{
    public const string PersonKind = "person";

    public const string EnteKind = "ente";

    /// <summary>The network of one lab, people labelled with their display names.</summary>
    public static CohesionNetwork Build(CohesionLog log)
    {
        var attributed = log.Interactions.Where(i => i.Source is not null && i.Target is not null).ToList();
        // A card written per conto di an ente is the ente's alone: it has no person node, only the ente's.
        var people = attributed.SelectMany(i => new[] { i.Source!, i.Target! }).Where(p => p.PersonId.Length > 0).GroupBy(p => p.PersonId, StringComparer.Ordinal)
            .Select(g => g.Last())
            .Select(p => new NetworkNode(p.PersonId, log.Canvas.Members.TryGetValue(p.PersonId, out var m) ? m.DisplayName : NameOnCards(log, p.PersonId), PersonKind, p.Sector, p.Ente));
        var enti = attributed.SelectMany(i => new[] { i.Source!, i.Target! }).Where(p => p.Ente.Length > 0).GroupBy(p => p.Ente, StringComparer.Ordinal)
            .Select(g => new NetworkNode(EnteId(g.Key), log.EnteNames.GetValueOrDefault(g.Key, g.Key), EnteKind,
                g.GroupBy(p => p.Sector).OrderByDescending(s => s.Count()).ThenBy(s => s.Key).First().Key, g.Key));
        var personEdges = Pairs(attributed.Where(i => i.Source!.PersonId.Length > 0 && i.Target!.PersonId.Length > 0).Select(i => (i.Source!.PersonId, i.Target!.PersonId)));
        var enteEdges = Pairs(attributed.Where(i => i.Source!.Ente.Length > 0 && i.Target!.Ente.Length > 0 && i.Source.Ente != i.Target.Ente)
            .Select(i => (EnteId(i.Source!.Ente), EnteId(i.Target!.Ente))));
        return new CohesionNetwork(
            [.. people.OrderBy(n => n.Id, StringComparer.Ordinal), .. enti.OrderBy(n => n.Id, StringComparer.Ordinal)],
            [.. personEdges, .. enteEdges]);
    }

    public static string EnteId(string enteKey) => "ente:" + enteKey;

    /// <summary>Someone on the roll call with no device is not a member of the canvas: their name is on the cards written for them.</summary>
    private static string NameOnCards(CohesionLog log, string personId) =>
        log.Canvas.Cards.Values.Select(c => c.OnBehalfOf).FirstOrDefault(b => b is { Kind: OnBehalfOf.MemberKind, Name: not null } && b.Id == personId)?.Name ?? personId;

    /// <summary>Undirected: a→b and b→a are one edge, named with the smaller id first.</summary>
    private static IEnumerable<NetworkEdge> Pairs(IEnumerable<(string A, string B)> pairs) =>
        pairs.Select(p => string.CompareOrdinal(p.A, p.B) <= 0 ? p : (p.B, p.A))
            .GroupBy(p => p)
            .Select(g => new NetworkEdge(g.Key.Item1, g.Key.Item2, g.Count()))
            .OrderBy(e => e.Source, StringComparer.Ordinal).ThenBy(e => e.Target, StringComparer.Ordinal);
}
