using Laboratori.Grains.Canvas.Model;
using Laboratori.Grains.Cohesion;
using static Laboratori.Tests.Domain.Scenario;

namespace Laboratori.Tests.Domain;

/// <summary>Owners, deadline and status of action cards: who may set them, what is refused, and what they count for.</summary>
public sealed class ActionFollowUpTests
{
    private static readonly string[] CoopTwice = [" Coop Il Ponte ", "Coop Il Ponte"];
    private static readonly string[] Nobody = ["p-nessuno"];
    private static readonly string[] Blank = [" "];

    private static Scenario WithAction()
    {
        var s = new Scenario();
        s.AddCard(Anna, "act", "azioni");
        s.AddCard(Anna, "need", "bisogni");
        return s;
    }

    [Fact]
    public void OwnersDeadlineAndStatusAreSetOnAnActionCard()
    {
        var s = WithAction();

        s.Do(Anna, "action.owners", new { cardId = "act", people = new[] { Bruno.Id, Bruno.Id }, enti = CoopTwice }).Ok();
        s.Do(Bruno, "action.deadline", new { cardId = "act", deadline = "2027-01-31" }).Ok();
        s.Do(Bruno, "action.status", new { cardId = "act", status = "in_corso" }).Ok();

        var followUp = s.Card("act").FollowUp!;
        Assert.Equal([Bruno.Id], followUp.People);
        Assert.Equal(["Coop Il Ponte"], followUp.Enti);
        Assert.Equal(("2027-01-31", "in_corso"), (followUp.Deadline, followUp.Status));
        Assert.Null(s.Card("need").FollowUp);
    }

    [Fact]
    public void BadFollowUpIsRefusedWithItsCode()
    {
        var s = WithAction();

        s.Do(Anna, "action.status", new { cardId = "need", status = "fatto" }).Refused("not_action");
        s.Do(Anna, "action.status", new { cardId = "act", status = "finito" }).Refused("status_unknown");
        s.Do(Anna, "action.deadline", new { cardId = "act", deadline = "31/01/2027" }).Refused("deadline_invalid");
        s.Do(Anna, "action.deadline", new { cardId = "act", deadline = "2027-02-30" }).Refused("deadline_invalid");
        s.Do(Anna, "action.owners", new { cardId = "act", people = Nobody, enti = Array.Empty<string>() }).Refused("owners_invalid");
        s.Do(Anna, "action.owners", new { cardId = "act", people = Array.Empty<string>(), enti = Blank }).Refused("text_empty");
        s.Do(Anna, "action.status", new { cardId = "gone", status = "fatto" }).Refused("card_not_found");
        s.Do(Anna, "action.status", new { cardId = "act" }).Refused("bad_request");

        Assert.Null(s.Card("act").FollowUp);
    }

    [Fact]
    public void ParticipantsFollowUpWhatTheyWroteOrOwnFacilitatorsAnything()
    {
        var s = WithAction();

        s.Do(Bruno, "action.status", new { cardId = "act", status = "fatto" }).Refused("not_owner");
        s.Do(Trainer, "action.status", new { cardId = "act", status = "fatto" }).Refused("forbidden");
        s.Do(Facilitator, "action.owners", new { cardId = "act", people = new[] { Bruno.Id }, enti = Array.Empty<string>() }).Ok();
        s.Do(Bruno, "action.status", new { cardId = "act", status = "bloccato" }).Ok();
        s.Do(Facilitator, "lab.lock", new { locked = true }).Ok();
        s.Do(Bruno, "action.status", new { cardId = "act", status = "fatto" }).Refused("canvas_locked");

        Assert.Equal("bloccato", s.Card("act").FollowUp!.Status);
    }

    [Fact]
    public void TakingOnAnActionCountsAsAnActionOfTheOwner()
    {
        var s = WithAction();
        s.Do(Anna, "action.owners", new { cardId = "act", people = new[] { Bruno.Id }, enti = Array.Empty<string>() }).Ok();
        s.Do(Anna, "action.owners", new { cardId = "act", people = new[] { Bruno.Id, Anna.Id }, enti = Array.Empty<string>() }).Ok();

        var log = CohesionFold.Fold(null, s.Events);

        Assert.Equal(["p-anna action", "p-anna need", "p-bruno action", "p-anna action"],
            log.Contributions.Where(c => c.Kind != ContributionKind.Other).Select(c => $"{c.By!.PersonId} {c.Kind.ToString().ToLowerInvariant()}"));
    }
}
