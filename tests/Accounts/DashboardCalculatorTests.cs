using Laboratori.Contracts;
using Laboratori.Contracts.Labs;
using Laboratori.Web.Dashboard;
using Laboratori.Web.Programmes;

namespace Laboratori.Tests.Accounts;

/// <summary>The dashboard's figures for a small programme, against numbers worked out by hand (see each comment).</summary>
public sealed class DashboardCalculatorTests
{
    // 15 March 2026, noon in Rome (CET, UTC+1): E1 is running, E2 finished, E3 planned.
    private static readonly DateTimeOffset Now = new(2026, 3, 15, 12, 0, 0, TimeSpan.FromHours(1));
    private static readonly Programme Programme = new() { Id = "prg-p", Title = "Programma", StartDate = new(2026, 1, 1), EndDate = new(2026, 12, 31) };
    private static readonly Percorso A = new() { Id = "prc-a", ProgrammeId = "prg-p", Title = "Percorso A", PlannedHours = 8, CertificateThreshold = 50 };
    private static readonly Percorso B = new() { Id = "prc-b", ProgrammeId = "prg-p", Title = "Percorso B", PlannedHours = 0, CertificateThreshold = 70 };
    private static readonly Sede[] Sedi = [new() { Id = "s1", Name = "Firenze", Zone = "Centro" }, new() { Id = "s2", Name = "Pisa", Zone = "Nord-Ovest" }];
    private static readonly Edizione[] Edizioni =
    [
        new() { Id = "edz-1", PercorsoId = "prc-a", ProgrammeId = "prg-p", Title = "E1", SedeId = "s1", StartDate = new(2026, 3, 1), EndDate = new(2026, 3, 31) },
        new() { Id = "edz-2", PercorsoId = "prc-a", ProgrammeId = "prg-p", Title = "E2", SedeId = "s2", StartDate = new(2026, 1, 1), EndDate = new(2026, 2, 28) },
        new() { Id = "edz-3", PercorsoId = "prc-b", ProgrammeId = "prg-p", Title = "E3", SedeId = "s1", StartDate = new(2026, 4, 1), EndDate = new(2026, 4, 30) },
    ];

    private static readonly LabPlacement[] Placements =
    [
        new() { LabId = "lab-1", ProgrammeId = "prg-p", EdizioneId = "edz-1" }, new() { LabId = "lab-2", ProgrammeId = "prg-p", EdizioneId = "edz-2" },
    ];

    // lab-1: two incontri held (4 h and 2 h), one still to come; lab-2: one held (4 h). Held: 3 incontri, 10 hours.
    private static readonly Incontro[] Incontri =
    [
        Meeting("lab-1", new(2026, 3, 2), 9, 13), Meeting("lab-1", new(2026, 3, 9), 9, 11), Meeting("lab-1", new(2026, 3, 20), 9, 13),
        Meeting("lab-2", new(2026, 2, 10), 14, 18),
    ];

    // Percorso A needs 50% of 8 h = 4 h. p1 came 15 minutes early to the first and during the second: 6 h, reached.
    // p2 came to the second only: 2 h. p3 never came. q1 came at 14:00 Rome (13:00 UTC) to lab-2's only incontro: 4 h,
    // reached. q2 came the day after: present, 0 h.
    private static readonly Dictionary<string, LabFacts> Labs = new()
    {
        ["lab-1"] = new("lab-1", "Lab uno", [Person("p1", "Comune di Firenze", Sector.EntePubblico), Person("p2", "Coop A", Sector.TerzoSettore), Person("p3", "", Sector.Cittadino)],
            new Dictionary<string, IReadOnlyList<DateTimeOffset>>
            {
                ["p1"] = [At(2026, 3, 2, 8, 45), At(2026, 3, 9, 10, 0)],
                ["p2"] = [At(2026, 3, 9, 9, 10)],
            }, 12, 5, 7),
        ["lab-2"] = new("lab-2", "Lab due", [Person("q1", "Coop A", Sector.TerzoSettore), Person("q2", "Comune di Pisa", Sector.EntePubblico)],
            new Dictionary<string, IReadOnlyList<DateTimeOffset>>
            {
                ["q1"] = [new DateTimeOffset(2026, 2, 10, 13, 0, 0, TimeSpan.Zero)],
                ["q2"] = [At(2026, 2, 11, 10, 0)],
            }, 3, 1, 0),
    };

    [Fact]
    public void TotalsMatchTheHandCountedFigures()
    {
        var view = Compute(new DashboardFilter(null, null, null, null));

        Assert.Equal((1, 1, 1), (view.EditionsPlanned, view.EditionsRunning, view.EditionsFinished));
        Assert.Equal((3, 10m), (view.IncontriHeld, view.HoursDelivered));
        Assert.Equal((5, 4, 2), (view.Enrolled, view.Present, view.ReachedThreshold));
        Assert.Equal(new DateOnly(2026, 3, 15), view.Date);
    }

    [Fact]
    public void EachEditionRowMatches()
    {
        var rows = Compute(new DashboardFilter(null, null, null, null)).Editions.Select(e => (e.Edizione, e.Status, e.IncontriHeld, e.HoursDelivered, e.Enrolled, e.Present, e.ReachedThreshold));

        Assert.Equal([("E1", "running", 2, 6m, 3, 2, 1), ("E2", "finished", 1, 4m, 2, 2, 1), ("E3", "planned", 0, 0m, 0, 0, 0)], rows);
    }

    [Fact]
    public void ParticipationBySectorOrganisationAndZoneMatches()
    {
        var view = Compute(new DashboardFilter(null, null, null, null));

        Assert.Equal([("ente_pubblico", 2, 2, 1), ("terzo_settore", 2, 2, 1), ("cittadino", 1, 0, 0)], view.Sectors.Select(g => (g.Name, g.Enrolled, g.Present, g.ReachedThreshold)));
        Assert.Equal(("Coop A", 2, 2, 1), view.Organisations.Select(g => (g.Name, g.Enrolled, g.Present, g.ReachedThreshold)).First());
        Assert.Equal(new Dictionary<string, int> { ["Coop A"] = 2, ["Comune di Firenze"] = 1, ["Comune di Pisa"] = 1, ["—"] = 1 }, view.Organisations.ToDictionary(g => g.Name, g => g.Enrolled));
        Assert.Equal([("Centro", 2, 3, 2, 1, 6m), ("Nord-Ovest", 1, 2, 2, 1, 4m)], view.Zones.Select(g => (g.Name, g.Editions, g.Enrolled, g.Present, g.ReachedThreshold, g.HoursDelivered)));
        Assert.Equal([("Lab uno", 3, 2, 12, 5, 7), ("Lab due", 2, 2, 3, 1, 0)], view.Labs.Select(l => (l.Title, l.Enrolled, l.Present, l.Cards, l.Links, l.Votes)));
    }

    [Fact]
    public void AFilterNarrowsEveryFigure()
    {
        var centro = Compute(new DashboardFilter(null, null, null, "Centro"));
        var percorsoB = Compute(new DashboardFilter("prc-b", null, null, null));
        var pisa = Compute(new DashboardFilter(null, null, "s2", null));

        Assert.Equal((1, 1, 0, 2, 6m, 3, 2, 1), (centro.EditionsPlanned, centro.EditionsRunning, centro.EditionsFinished, centro.IncontriHeld, centro.HoursDelivered, centro.Enrolled, centro.Present, centro.ReachedThreshold));
        Assert.Equal((1, 0, 0, 0), (percorsoB.EditionsPlanned, percorsoB.Enrolled, percorsoB.IncontriHeld, percorsoB.Labs.Count));
        Assert.Equal((1, 2, 2, 1), (pisa.EditionsFinished, pisa.Enrolled, pisa.Present, pisa.ReachedThreshold));
    }

    private static DashboardView Compute(DashboardFilter filter) =>
        DashboardCalculator.Compute(Programme, [A, B], Edizioni, Sedi, Placements, Incontri, Labs, filter, Now);

    private static Incontro Meeting(string lab, DateOnly date, int from, int to) =>
        new() { Id = $"inc-{lab}-{date:MMdd}", LabId = lab, Date = date, Start = new TimeOnly(from, 0), End = new TimeOnly(to, 0), PlannedHours = to - from };

    private static Enrolment Person(string id, string organisation, Sector sector) => new(id, id.ToUpperInvariant(), organisation, sector, Now.AddDays(-60));

    private static DateTimeOffset At(int year, int month, int day, int hour, int minute) => new(year, month, day, hour, minute, 0, TimeSpan.FromHours(1));
}
