using Laboratori.Contracts;
using Laboratori.Grains.Cohesion;

namespace Laboratori.Tests.Cohesion;

/// <summary>Every measure on the worked example of docs/cohesion.md, against figures computed by hand.</summary>
public sealed class CohesionMeasuresTests
{
    private static CohesionReport Report(long? upTo = null, int k = 2)
    {
        var events = CohesionFixture.Build().Events;
        var log = CohesionFold.Fold(null, events.Where(e => upTo is null || e.Seq <= upTo));
        return CohesionMeasures.Compute(new CohesionInput("lab-test", log, CohesionFixture.Adherents), k);
    }

    [Fact]
    public void ParticipationIsPresentPerIncontroOverAdherents()
    {
        var report = Report();

        Assert.Equal([3, 2], report.Meetings.Select(m => m.Present));
        Assert.Equal([0.6, 0.4], report.Meetings.Select(m => m.ParticipationRate));
        Assert.Equal(2.5, report.AveragePresent);
        Assert.Equal(0.5, report.ParticipationRate);
        Assert.Equal(5, report.Adherents);
    }

    [Fact]
    public void MassaInterattivaCountsWhoActedOnSomeoneElsesCardNotStaffNorAnonymous()
    {
        var report = Report();

        Assert.Equal((4, 2), (report.InteractivePeople, report.InteractiveEnti));
        Assert.Equal((3, 2), (report.Meetings[0].InteractivePeople, report.Meetings[0].InteractiveEnti));
        Assert.Equal((2, 1), (report.Meetings[1].InteractivePeople, report.Meetings[1].InteractiveEnti));
    }

    [Fact]
    public void InteractionsIncludeMergesAndAnonymousOnesButNotOwnCardsOrStaffCards()
    {
        var events = CohesionFixture.Build().Events;
        var log = CohesionFold.Fold(null, events);

        Assert.Equal(
            ["link p-anna>p-bruno", "comment p-carla>p-anna", "vote p-anna>p-bruno", "comment ?>p-bruno", "comment p-bruno>?", "merge p-carla>p-anna", "link p-dario>p-anna"],
            log.Interactions.Select(i => $"{i.Kind} {i.Source?.PersonId ?? "?"}>{i.Target?.PersonId ?? "?"}"));
        Assert.Equal([1, 1, 1, 1, 1, 2, 2], log.Interactions.Select(i => i.Meeting ?? 0));
        var report = CohesionMeasures.Compute(new CohesionInput("lab-test", log, CohesionFixture.Adherents));
        Assert.Equal((7, 2), (report.Interactions, report.AnonymousInteractions));
    }

    [Fact]
    public void CrossSectorAndCrossEnteSharesCountOnlyAttributedInteractions()
    {
        var report = Report();

        Assert.Equal((3, 0.6), (report.CrossSectorInteractions, report.CrossSectorShare));
        Assert.Equal((2, 0.5), (report.CrossEnteInteractions, report.CrossEnteShare));
        Assert.Equal(2.0 / 3, report.Meetings[0].CrossSectorShare);
        Assert.Equal(2.0 / 3, report.Meetings[0].CrossEnteShare);
        Assert.Equal(0.5, report.Meetings[1].CrossSectorShare);
        Assert.Equal(0.0, report.Meetings[1].CrossEnteShare);
    }

    [Theory]
    [InlineData(1, 2)]
    [InlineData(2, 1)]
    [InlineData(3, 0)]
    public void ContinuityCountsEntiPresentInAtLeastKIncontri(int k, int expected)
    {
        var report = Report(k: k);

        Assert.Equal((k, expected), (report.ContinuityK, report.ContinuingEnti));
    }

    [Fact]
    public void CommunityholderIndexIsOffersOverAllPerEnteWithItsTrend()
    {
        var report = Report();

        Assert.Equal(["Comune di Pisa", "Coop Il Ponte"], report.Enti.Select(e => e.Name));
        var comune = report.Enti[0];
        Assert.Equal(("COMUNE DI PISA", Sector.EntePubblico, 2, 2), (comune.Key, comune.Sector, comune.People, comune.MeetingsPresent));
        Assert.Equal((2, 0, 1), (comune.Needs, comune.Resources, comune.Actions));
        Assert.Equal(1.0 / 3, comune.CommunityholderIndex);
        Assert.Equal([0.0, 1.0], comune.Trend.ToArray());
        var coop = report.Enti[1];
        Assert.Equal((0, 1, 1, 1.0), (coop.Needs, coop.Resources, coop.Actions, coop.CommunityholderIndex));
        Assert.Equal([1.0, null], coop.Trend.ToArray());
    }

    [Fact]
    public void AnonymousContributionsAreCountedNeverAttributed()
    {
        var report = Report();

        Assert.Equal((7, 1), (report.Contributions, report.AnonymousContributions));
        Assert.Equal(2, report.Enti[0].Needs);
    }

    [Fact]
    public void MeasuresAtASeqSeeOnlyTheEventsUpToIt()
    {
        var report = Report(upTo: 14);

        Assert.Equal(14, report.Seq);
        Assert.Equal((3, 0), (report.Interactions, report.AnonymousInteractions));
        Assert.Equal((2, 1), (report.InteractivePeople, report.InteractiveEnti));
        Assert.Equal(2.0 / 3, report.CrossSectorShare);
        Assert.Equal([3], report.Meetings.Select(m => m.Present));
    }

    [Fact]
    public void NetworkJoinsPeopleAndEntiByTheirAttributedInteractions()
    {
        var network = CohesionNetwork.Build(CohesionFold.Fold(null, CohesionFixture.Build().Events));

        Assert.Equal(
            ["p-anna person Anna ente_pubblico", "p-bruno person Bruno terzo_settore", "p-carla person Carla ente_pubblico", "p-dario person Dario cittadino",
             "ente:COMUNE DI PISA ente Comune di Pisa ente_pubblico", "ente:COOP IL PONTE ente Coop Il Ponte terzo_settore"],
            network.Nodes.Select(n => $"{n.Id} {n.Kind} {n.Label} {Sectors.Wire(n.Sector)}"));
        Assert.Equal(
            ["p-anna p-bruno 2", "p-anna p-carla 2", "p-anna p-dario 1", "ente:COMUNE DI PISA ente:COOP IL PONTE 2"],
            network.Edges.Select(e => $"{e.Source} {e.Target} {e.Weight}"));
    }

    [Fact]
    public void LabsAggregateAsOneReport()
    {
        var log = CohesionFold.Fold(null, CohesionFixture.Build().Events);
        var one = CohesionMeasures.Compute(new CohesionInput("lab-a", log, 5));

        var both = CohesionMeasures.Compute([new CohesionInput("lab-a", log, 5), new CohesionInput("lab-b", log, 10)]);

        Assert.Equal(["lab-a", "lab-b"], both.Labs.ToArray());
        Assert.Equal((15, 2.5, 10.0 / 30), (both.Adherents, both.AveragePresent, both.ParticipationRate));
        Assert.Equal((2 * one.Interactions, 2 * one.InteractivePeople, one.InteractiveEnti), (both.Interactions, both.InteractivePeople, both.InteractiveEnti));
        Assert.Equal(one.CrossSectorShare, both.CrossSectorShare);
        Assert.Equal(4, both.Meetings.Length);
        Assert.Equal([4, 2], both.Enti.Select(e => e.MeetingsPresent));
        Assert.Equal(one.Enti[0].CommunityholderIndex, both.Enti[0].CommunityholderIndex);
        Assert.Equal([0.0, 1.0, 0.0, 1.0], both.Enti[0].Trend.ToArray());
    }
}
