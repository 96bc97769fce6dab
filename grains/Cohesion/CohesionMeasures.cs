using System.Collections.Immutable;
using Laboratori.Contracts;
using Laboratori.Grains.Canvas.Model;

namespace Laboratori.Grains.Cohesion;

/// <summary>
/// Computes the cohesion measures of one lab, or of any set of labs (an edizione, a percorso) from their folded logs.
/// Pure: the same logs give the same report. The formulas are in docs/cohesion.md.
/// </summary>
public static class CohesionMeasures
{
    /// <summary>The default k of continuity: enti present in at least two incontri.</summary>
    public const int DefaultContinuityK = 2;

    public static CohesionReport Compute(CohesionInput lab, int continuityK = DefaultContinuityK) => Compute([lab], continuityK);

    public static CohesionReport Compute(IReadOnlyList<CohesionInput> labs, int continuityK = DefaultContinuityK)
    {
        var meetings = labs.SelectMany(lab => lab.Log.Canvas.Meetings.Select(m => (Lab: lab, Meeting: m))).ToList();
        var interactions = labs.SelectMany(lab => lab.Log.Interactions.Select(i => (Lab: lab.LabId, Item: i))).ToList();
        var contributions = labs.SelectMany(lab => lab.Log.Contributions.Select(c => (Lab: lab.LabId, Item: c))).ToList();

        // A lab without incontri yet counts as one sitting attended by everyone who joined it.
        var sittings = labs.SelectMany(lab => lab.Log.Canvas.Meetings.Count > 0
            ? lab.Log.Canvas.Meetings.Select(m => (Present: PresentAt(lab, m.Number), lab.Adherents))
            : [(Present: lab.Log.Canvas.Members.Values.Count(m => m.Role == Role.Participant), lab.Adherents)]).ToList();
        var presentSum = sittings.Sum(s => s.Present);
        var adherentSum = sittings.Sum(s => s.Adherents);

        var attributed = interactions.Where(i => i.Item.Source is not null && i.Item.Target is not null).ToList();
        var withEnti = attributed.Where(i => i.Item.Source!.Ente.Length > 0 && i.Item.Target!.Ente.Length > 0).ToList();
        var crossSector = attributed.Count(i => i.Item.Source!.Sector != i.Item.Target!.Sector);
        var crossEnte = withEnti.Count(i => i.Item.Source!.Ente != i.Item.Target!.Ente);

        var meetingKeys = meetings.Select(m => (m.Lab.LabId, m.Meeting.Number)).ToList();
        return new CohesionReport(
            [.. labs.Select(l => l.LabId)],
            labs.Sum(l => l.Log.Seq),
            labs.Sum(l => l.Adherents),
            sittings.Count == 0 ? 0 : (double)presentSum / sittings.Count,
            Share(presentSum, adherentSum),
            Actors(interactions).Select(p => (p.Lab, p.Party.PersonId)).Distinct().Count(),
            Actors(interactions).Select(p => p.Party.Ente).Where(e => e.Length > 0).Distinct(StringComparer.Ordinal).Count(),
            interactions.Count,
            interactions.Count - attributed.Count,
            crossSector,
            Share(crossSector, attributed.Count),
            crossEnte,
            Share(crossEnte, withEnti.Count),
            continuityK,
            EnteMeetings(labs).Count(e => e.Value.Count >= continuityK),
            contributions.Count,
            contributions.Count(c => c.Item.By is null),
            [.. meetings.Select(m => Meeting(m.Lab, m.Meeting.Number, m.Meeting.Title))],
            Enti(labs, contributions, meetingKeys));
    }

    private static MeetingCohesion Meeting(CohesionInput lab, int number, string title)
    {
        var present = PresentAt(lab, number);
        var interactions = lab.Log.Interactions.Where(i => i.Meeting == number).Select(i => (Lab: lab.LabId, Item: i)).ToList();
        var attributed = interactions.Where(i => i.Item.Source is not null && i.Item.Target is not null).ToList();
        var withEnti = attributed.Where(i => i.Item.Source!.Ente.Length > 0 && i.Item.Target!.Ente.Length > 0).ToList();
        return new MeetingCohesion(
            lab.LabId, number, title, present, Share(present, lab.Adherents),
            Actors(interactions).Select(p => p.Party.PersonId).Distinct(StringComparer.Ordinal).Count(),
            Actors(interactions).Select(p => p.Party.Ente).Where(e => e.Length > 0).Distinct(StringComparer.Ordinal).Count(),
            interactions.Count,
            Share(attributed.Count(i => i.Item.Source!.Sector != i.Item.Target!.Sector), attributed.Count),
            Share(withEnti.Count(i => i.Item.Source!.Ente != i.Item.Target!.Ente), withEnti.Count));
    }

    private static ImmutableArray<EnteCohesion> Enti(
        IReadOnlyList<CohesionInput> labs, List<(string Lab, Contribution Item)> contributions, List<(string Lab, int Number)> meetings)
    {
        var parties = labs.SelectMany(lab => PartiesOf(lab.Log).Select(p => (Lab: lab.LabId, Party: p)))
            .Where(p => p.Party.Ente.Length > 0).ToLookup(p => p.Party.Ente, StringComparer.Ordinal);
        var presence = EnteMeetings(labs);
        var names = labs.SelectMany(l => l.Log.EnteNames).GroupBy(p => p.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Value, StringComparer.Ordinal);
        var byEnte = contributions.Where(c => c.Item.By is { Ente.Length: > 0 }).ToLookup(c => c.Item.By!.Ente, StringComparer.Ordinal);
        return [.. parties.Select(group =>
        {
            var own = byEnte[group.Key].Select(c => c.Item).ToList();
            var sector = group.GroupBy(p => p.Party.Sector).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).First().Key;
            var trend = meetings.Select(m => Index(byEnte[group.Key].Where(c => c.Lab == m.Lab && c.Item.Meeting == m.Number).Select(c => c.Item))).ToImmutableArray();
            return new EnteCohesion(
                group.Key, names.GetValueOrDefault(group.Key, group.Key), sector,
                group.Where(p => p.Party.PersonId.Length > 0).Select(p => (p.Lab, p.Party.PersonId)).Distinct().Count(),
                presence.TryGetValue(group.Key, out var present) ? present.Count : 0,
                own.Count(c => c.Kind == ContributionKind.Need), own.Count(c => c.Kind == ContributionKind.Resource),
                own.Count(c => c.Kind == ContributionKind.Action), Index(own), trend);
        }).OrderBy(e => e.Name, StringComparer.Ordinal)];
    }

    /// <summary>Offers (resources and actions) over all that states needs or offers; null when there is none.</summary>
    private static double? Index(IEnumerable<Contribution> contributions)
    {
        var (offers, all) = (0, 0);
        foreach (var contribution in contributions)
        {
            all += contribution.Kind == ContributionKind.Other ? 0 : 1;
            offers += contribution.Kind is ContributionKind.Resource or ContributionKind.Action ? 1 : 0;
        }

        return Share(offers, all);
    }

    /// <summary>By ente, the incontri (lab and number) at which at least one of its people was present.</summary>
    private static Dictionary<string, HashSet<(string Lab, int Number)>> EnteMeetings(IReadOnlyList<CohesionInput> labs)
    {
        var result = new Dictionary<string, HashSet<(string, int)>>(StringComparer.Ordinal);
        foreach (var lab in labs)
        {
            foreach (var (number, present) in lab.Log.Attendance)
            {
                foreach (var party in present.Values.Where(p => p.Ente.Length > 0))
                {
                    (result.TryGetValue(party.Ente, out var set) ? set : result[party.Ente] = []).Add((lab.LabId, number));
                }
            }
        }

        return result;
    }

    private static IEnumerable<Party> PartiesOf(CohesionLog log) =>
        log.Attendance.Values.SelectMany(a => a.Values)
            .Concat(log.Contributions.Select(c => c.By))
            .Concat(log.Interactions.SelectMany(i => new[] { i.Source, i.Target }))
            .OfType<Party>();

    private static IEnumerable<(string Lab, Party Party)> Actors(IEnumerable<(string Lab, Interaction Item)> interactions) =>
        interactions.Where(i => i.Item.Source is not null).Select(i => (i.Lab, i.Item.Source!));

    private static int PresentAt(CohesionInput lab, int number) =>
        lab.Log.Attendance.TryGetValue(number, out var present) ? present.Count : 0;

    private static double? Share(int part, int whole) => whole == 0 ? null : (double)part / whole;
}
