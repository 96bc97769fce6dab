using Laboratori.Contracts;
using Laboratori.Contracts.Labs;
using Laboratori.Web.Programmes;

namespace Laboratori.Web.Dashboard;

/// <summary>
/// The dashboard's arithmetic, apart from where the data comes from. A person is <em>present</em> in an incontro when
/// they came online in its lab between 30 minutes before its start and its end (Europe/Rome); their attended hours are
/// the planned hours of those incontri, and they reach the certificate threshold when these are at least the
/// percorso's threshold of its planned hours per edition (or of the lab's planned incontri, if the percorso plans none).
/// </summary>
public static class DashboardCalculator
{
    private static readonly TimeZoneInfo Rome = TimeZoneInfo.FindSystemTimeZoneById("Europe/Rome");

    public static DashboardView Compute(
        Programme programme, IReadOnlyList<Percorso> percorsi, IReadOnlyList<Edizione> edizioni, IReadOnlyList<Sede> sedi,
        IReadOnlyList<LabPlacement> placements, IReadOnlyList<Incontro> incontri, IReadOnlyDictionary<string, LabFacts> labs,
        DashboardFilter filter, DateTimeOffset now)
    {
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, Rome).DateTime);
        var sedeById = sedi.ToDictionary(s => s.Id);
        var percorsoById = percorsi.ToDictionary(p => p.Id);
        var chosen = edizioni.Where(e => (filter.PercorsoId is null || e.PercorsoId == filter.PercorsoId) && (filter.EdizioneId is null || e.Id == filter.EdizioneId)
            && (filter.SedeId is null || e.SedeId == filter.SedeId) && (filter.Zone is null || Zone(sedeById, e.SedeId) == filter.Zone)).ToList();

        var people = new List<(Edizione Edizione, Enrolment Person, bool Present, bool Reached)>();
        var rows = new List<EditionRow>();
        var labRows = new List<LabActivityRow>();
        foreach (var edizione in chosen)
        {
            var percorso = percorsoById[edizione.PercorsoId];
            var held = 0;
            var hours = 0m;
            var before = people.Count;
            foreach (var placement in placements.Where(p => p.EdizioneId == edizione.Id))
            {
                var labIncontri = incontri.Where(i => i.LabId == placement.LabId).ToList();
                var labHeld = labIncontri.Where(i => Ends(i) <= now).ToList();
                held += labHeld.Count;
                hours += labHeld.Sum(i => i.PlannedHours);
                if (!labs.TryGetValue(placement.LabId, out var facts))
                {
                    continue;
                }

                var needed = (percorso.PlannedHours > 0 ? percorso.PlannedHours : labIncontri.Sum(i => i.PlannedHours)) * percorso.CertificateThreshold / 100m;
                var present = 0;
                foreach (var person in facts.Enrolled)
                {
                    var joins = facts.Joins.TryGetValue(person.ParticipantId, out var times) ? times : [];
                    var attended = labHeld.Where(i => joins.Any(at => at >= Starts(i).AddMinutes(-30) && at <= Ends(i))).Sum(i => i.PlannedHours);
                    var came = joins.Count > 0;
                    present += came ? 1 : 0;
                    people.Add((edizione, person, came, needed > 0 && attended >= needed));
                }

                labRows.Add(new LabActivityRow(facts.LabId, facts.Title, edizione.Title, Name(sedeById, edizione.SedeId), facts.Enrolled.Count, present, facts.Cards, facts.Links, facts.Votes));
            }

            var mine = people.Skip(before).ToList();
            rows.Add(new EditionRow(edizione.Id, edizione.Title, percorso.Title, Name(sedeById, edizione.SedeId), Zone(sedeById, edizione.SedeId), Status(edizione, today),
                held, hours, mine.Count, mine.Count(p => p.Present), mine.Count(p => p.Reached)));
        }

        GroupRow Group(string name, IEnumerable<EditionRow> editions, IEnumerable<(Edizione Edizione, Enrolment Person, bool Present, bool Reached)> who)
        {
            var list = who.ToList();
            var editionList = editions.ToList();
            return new GroupRow(name, editionList.Count, list.Count, list.Count(p => p.Present), list.Count(p => p.Reached), editionList.Sum(e => e.HoursDelivered));
        }

        return new DashboardView(
            programme.Id, programme.Title, today,
            rows.Count(r => r.Status == "planned"), rows.Count(r => r.Status == "running"), rows.Count(r => r.Status == "finished"),
            rows.Sum(r => r.IncontriHeld), rows.Sum(r => r.HoursDelivered), people.Count, people.Count(p => p.Present), people.Count(p => p.Reached),
            rows,
            rows.GroupBy(r => r.Percorso).Select(g => Group(g.Key, g, people.Where(p => percorsoById[p.Edizione.PercorsoId].Title == g.Key))).ToList(),
            rows.GroupBy(r => r.Zone).OrderBy(g => g.Key).Select(g => Group(g.Key, g, people.Where(p => Zone(sedeById, p.Edizione.SedeId) == g.Key))).ToList(),
            people.GroupBy(p => p.Person.Sector).OrderBy(g => g.Key).Select(g => Group(SectorName(g.Key), [], g)).ToList(),
            people.GroupBy(p => p.Person.Organisation.Length > 0 ? p.Person.Organisation : "—").OrderByDescending(g => g.Count()).ThenBy(g => g.Key).Select(g => Group(g.Key, [], g)).ToList(),
            labRows);
    }

    private static string Status(Edizione edizione, DateOnly today) =>
        today < edizione.StartDate ? "planned" : today > edizione.EndDate ? "finished" : "running";

    private static DateTimeOffset Starts(Incontro incontro) => Local(incontro.Date, incontro.Start);

    private static DateTimeOffset Ends(Incontro incontro) => Local(incontro.Date, incontro.End);

    private static DateTimeOffset Local(DateOnly date, TimeOnly time)
    {
        var local = date.ToDateTime(time);
        return new DateTimeOffset(local, Rome.GetUtcOffset(local));
    }

    private static string Name(Dictionary<string, Sede> sedi, string id) => sedi.TryGetValue(id, out var sede) ? sede.Name : id;

    private static string Zone(Dictionary<string, Sede> sedi, string id) => sedi.TryGetValue(id, out var sede) ? sede.Zone : string.Empty;

    private static string SectorName(Sector sector) => sector switch
    {
        Sector.EntePubblico => "ente_pubblico",
        Sector.TerzoSettore => "terzo_settore",
        Sector.Cittadino => "cittadino",
        _ => "altro",
    };
}
