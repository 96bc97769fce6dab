using Laboratori.Contracts;
using Laboratori.Grains.Canvas;
using static Laboratori.Tests.Domain.Scenario;

namespace Laboratori.Tests.Domain;

public sealed class LabControlTests
{
    private static readonly object NewCard = new { cardId = "c9", lane = "bisogni", text = "x", colour = (string?)null, x = 0.0, y = 0.0 };

    [Fact]
    public void OnlyFacilitatorsRunTheLab()
    {
        var s = new Scenario();
        s.Do(Anna, "lab.lock", new { locked = true }).Refused("forbidden");
        s.Do(Anna, "lab.phase", new { phase = "voto" }).Refused("forbidden");
        s.Do(Anna, "lab.voteBudget", new { budget = 9 }).Refused("forbidden");
        s.Do(Anna, "meeting.open", new { title = "x" }).Refused("forbidden");
        Assert.False(s.State.Locked);
    }

    [Fact]
    public void TrainersNeverEdit()
    {
        var s = new Scenario();
        s.Do(Trainer, "card.add", NewCard).Refused("forbidden");
        s.Do(Trainer, "lab.lock", new { locked = true }).Refused("forbidden");
    }

    [Fact]
    public void ParticipantsMustHaveJoinedTheLab() => new Scenario().Do(Stranger, "card.add", NewCard).Refused("not_in_lab");

    [Fact]
    public void LockedCanvasRefusesParticipantsButNotTheFacilitator()
    {
        var s = new Scenario();
        s.AddCard(Anna, "c1");
        s.Do(Facilitator, "lab.lock", new { locked = true }).Ok();

        s.Do(Anna, "card.add", NewCard).Refused("canvas_locked");
        s.Do(Anna, "vote.cast", new { cardId = "c1" }).Refused("canvas_locked");
        s.Do(Facilitator, "card.edit", new { cardId = "c1", text = "moderata" }).Ok();

        s.Do(Facilitator, "lab.lock", new { locked = false }).Ok();
        s.Do(Anna, "card.add", NewCard).Ok();
    }

    [Fact]
    public void PhaseDecidesWhatParticipantsMayDo()
    {
        var s = new Scenario(phase: "apertura");
        s.Do(Anna, "card.add", NewCard).Refused("phase_forbids");
        s.Do(Facilitator, "card.add", new { cardId = "f1", lane = "azioni", text = "x", colour = (string?)null, x = 0.0, y = 0.0 }).Ok();
        s.Do(Anna, "comment.add", new { commentId = "m1", cardId = "f1", text = "Bene" }).Ok();

        s.Do(Facilitator, "lab.phase", new { phase = "risorse" }).Ok();
        s.Do(Anna, "card.add", NewCard).Refused("phase_forbids");
        s.Do(Anna, "card.add", new { cardId = "r1", lane = "risorse", text = "x", colour = (string?)null, x = 0.0, y = 0.0 }).Ok();
        s.Do(Anna, "vote.cast", new { cardId = "r1" }).Refused("phase_forbids");

        s.Do(Facilitator, "lab.phase", new { phase = "voto" }).Ok();
        s.Do(Anna, "vote.cast", new { cardId = "r1" }).Ok();
        s.Do(Facilitator, "lab.phase", new { phase = "inesistente" }).Refused("phase_unknown");
        Assert.Equal("voto", s.State.Phase);
    }

    [Fact]
    public void VoteBudgetIsSetWithinItsRange()
    {
        var s = new Scenario(new LabLimits { MaxVoteBudget = 10 });
        s.Do(Facilitator, "lab.voteBudget", new { budget = 11 }).Refused("budget_out_of_range");
        s.Do(Facilitator, "lab.voteBudget", new { budget = -1 }).Refused("budget_out_of_range");
        s.Do(Facilitator, "lab.voteBudget", new { budget = 10 }).Ok();
        Assert.Equal(10, s.State.VoteBudget);
    }

    [Fact]
    public void MeetingsOpenAndCloseOneAtATime()
    {
        var s = new Scenario();
        s.Do(Facilitator, "meeting.close", new { }).Refused("no_meeting_open");
        s.Do(Facilitator, "meeting.open", new { title = (string?)null }).Ok();
        var opened = s.Events[^1];
        s.Do(Facilitator, "meeting.open", new { title = "Secondo" }).Refused("meeting_open");
        s.Do(Facilitator, "meeting.close", new { }).Ok();
        s.Do(Facilitator, "meeting.open", new { title = "Secondo" }).Ok();

        Assert.Equal(2, s.State.Meetings.Count);
        var first = s.State.Meetings[0];
        Assert.Equal((1, "Incontro 1", opened.Seq, opened.At, opened.Seq + 1), (first.Number, first.Title, first.OpenedSeq, first.OpenedAt, first.ClosedSeq));
        Assert.Equal("Secondo", s.State.OpenMeeting?.Title);
    }

    [Fact]
    public void AttendanceKeepsMembersAndMarksWhoIsPresent()
    {
        var s = new Scenario();
        s.Must(Anna, new Grains.Canvas.Operations.LeaveMember("p-anna"));
        Assert.False(s.State.Members["p-anna"].Present);
        Assert.True(s.State.Members["p-bruno"].Present);
        Assert.Equal(("Comune di Pisa", Sector.EntePubblico), (s.State.Members["p-anna"].Organisation, s.State.Members["p-anna"].Sector));
    }

    [Fact]
    public void ParticipantLimitCountsPeopleNotVisits()
    {
        var s = new Scenario(new LabLimits { MaxParticipants = 2 });
        Assert.Equal("limit_participants", s.Apply(Stranger, new Grains.Canvas.Operations.JoinMember("p-x", "X", "", Sector.Altro, Role.Participant))?.Code);
        Assert.Null(s.Apply(Anna, new Grains.Canvas.Operations.JoinMember("p-anna", "Anna", "", Sector.Altro, Role.Participant)));
    }

    [Fact]
    public void NothingButCreationAppliesToALabThatDoesNotExist() =>
        new Scenario(create: false).Do(Facilitator, "lab.lock", new { locked = true }).Refused("lab_not_found");
}
