using Laboratori.Contracts;
using static Laboratori.Tests.Domain.Scenario;

namespace Laboratori.Tests.Domain;

/// <summary>
/// The tutor's canvas rules (issue 11): a tutor annotates — cards, comments and links, their own cards only, in any phase
/// and lane, even with the canvas locked — and never votes, organises themes, or runs phases, lock, meetings or moderation.
/// </summary>
public sealed class TutorRulesTests
{
    private static readonly Actor Tutor = new("staff-tutor", Role.Tutor, "Teresa");

    [Fact]
    public void ATutorAnnotatesInAnyPhaseAndWhileLocked()
    {
        var s = new Scenario(phase: "apertura");
        s.Do(Anna, "card.add", new { cardId = "c0", lane = "bisogni", text = "Di Anna", colour = (string?)null, x = 0.0, y = 0.0 }).Refused("phase_forbids");
        s.Do(Tutor, "card.add", new { cardId = "t1", lane = "risorse", text = "Osservazione della tutor", colour = (string?)null, x = 0.0, y = 0.0 }).Ok();
        s.Do(Facilitator, "lab.lock", new { locked = true }).Ok();
        s.Do(Tutor, "card.edit", new { cardId = "t1", text = "Osservazione corretta" }).Ok();
        s.Do(Tutor, "card.add", new { cardId = "t2", lane = "azioni", text = "Proposta emersa", colour = (string?)null, x = 0.0, y = 0.0 }).Ok();
        s.Do(Tutor, "link.add", new { linkId = "l1", from = "t1", to = "t2" }).Ok();
        s.Do(Tutor, "comment.add", new { commentId = "m1", cardId = "t2", text = "Detto da più persone" }).Ok();

        Assert.Equal(("Osservazione corretta", "staff-tutor"), (s.Card("t1").Text, s.Card("t1").Author));
        Assert.Equal(["l1"], s.State.Links.Keys);
    }

    [Fact]
    public void ATutorNeitherRunsTheLabNorVotesNorOrganisesThemes()
    {
        var s = new Scenario();
        s.AddCard(Anna, "c1");
        s.Do(Tutor, "lab.phase", new { phase = "voto" }).Refused("forbidden");
        s.Do(Tutor, "lab.lock", new { locked = true }).Refused("forbidden");
        s.Do(Tutor, "lab.timer", new { seconds = 60 }).Refused("forbidden");
        s.Do(Tutor, "meeting.open", new { title = "Secondo incontro" }).Refused("forbidden");
        s.Do(Tutor, "vote.cast", new { cardId = "c1" }).Refused("forbidden");
        s.Do(Tutor, "theme.add", new { themeId = "th1", title = "Casa" }).Refused("forbidden");
        s.Do(Tutor, "card.edit", new { cardId = "c1", text = "Riscritta dalla tutor" }).Refused("not_owner");
        s.Do(Tutor, "card.delete", new { cardId = "c1" }).Refused("not_owner");

        Assert.Equal(("libera", false, "Testo c1"), (s.State.Phase, s.State.Locked, s.Card("c1").Text));
        Assert.Empty(s.State.Themes);
    }
}
