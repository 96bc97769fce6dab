using Laboratori.Grains.Actions;
using static Laboratori.Tests.Domain.Scenario;

namespace Laboratori.Tests.Domain;

/// <summary>The "Piano delle azioni": each action traced through its links, with what is overdue or due soon.</summary>
public sealed class ActionPlanTests
{
    private static readonly DateOnly Today = new(2026, 12, 1);

    [Fact]
    public void EachActionIsTracedToItsNeedsResourcesAndEnti()
    {
        var s = new Scenario();
        s.AddCard(Anna, "need", "bisogni");
        s.AddCard(Bruno, "res", "risorse");
        s.AddCard(Anna, "act", "azioni");
        s.Do(Anna, "link.add", new { linkId = "l1", from = "need", to = "act" }).Ok();
        s.Do(Bruno, "link.add", new { linkId = "l2", from = "res", to = "act" }).Ok();
        s.Do(Anna, "action.owners", new { cardId = "act", people = new[] { Bruno.Id }, enti = Enti }).Ok();
        s.Do(Anna, "action.deadline", new { cardId = "act", deadline = "2026-11-30" }).Ok();

        var action = Assert.Single(ActionPlanBuilder.Build("lab-test", s.State, Today).Actions);

        Assert.Equal(("Testo act", "da_avviare", "2026-11-30", true, false), (action.Text, action.Status, action.Deadline, action.Overdue, action.DueSoon));
        Assert.Equal(["Bruno"], action.People.ToArray());
        Assert.Equal(["Comune di Pisa", "Coop Il Ponte"], action.Enti.ToArray());
        Assert.Equal(["Testo need"], action.Needs.ToArray());
        Assert.Equal(["Testo res"], action.Resources.ToArray());
        Assert.Equal(["Comune di Pisa"], action.ContributingEnti.ToArray());
    }

    [Theory]
    [InlineData("2026-11-30", "in_corso", true, false)]
    [InlineData("2026-12-01", "in_corso", false, true)]
    [InlineData("2026-12-15", "bloccato", false, true)]
    [InlineData("2026-12-16", "da_avviare", false, false)]
    [InlineData("2026-11-01", "fatto", false, false)]
    public void OpenActionsPastTheirDeadlineAreOverdueAndThoseWithinTwoWeeksDueSoon(string deadline, string status, bool overdue, bool dueSoon)
    {
        var s = new Scenario();
        s.AddCard(Anna, "act", "azioni");
        s.Do(Anna, "action.deadline", new { cardId = "act", deadline }).Ok();
        s.Do(Anna, "action.status", new { cardId = "act", status }).Ok();

        var action = Assert.Single(ActionPlanBuilder.Build("lab-test", s.State, Today).Actions);

        Assert.Equal((overdue, dueSoon), (action.Overdue, action.DueSoon));
    }

    private static readonly string[] Enti = ["Coop Il Ponte", "comune di pisa"];
}
