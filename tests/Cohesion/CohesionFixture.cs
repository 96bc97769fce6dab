using Laboratori.Contracts;
using Laboratori.Grains.Canvas.Operations;
using Laboratori.Contracts.Labs;
using Laboratori.Grains.Labs;
using Laboratori.Tests.Domain;
using static Laboratori.Tests.Domain.Scenario;

namespace Laboratori.Tests.Cohesion;

/// <summary>
/// The worked example of docs/cohesion.md: two incontri, four participants of three enti and three sectors, a
/// facilitator, anonymous mode for a while and a merge. The expected figures in the tests are computed by hand there.
/// </summary>
internal static class CohesionFixture
{
    public static readonly Actor Dario = new("p-dario", Role.Participant, "Dario");

    public const int Adherents = 5;

    public static Scenario Build()
    {
        var s = new Scenario(create: false);
        var template = Templates.All[Templates.Default];
        s.Must(Facilitator, new CreateLab("Abitare", template.Id, template.Lanes, template.Phases, 5));
        s.Must(Facilitator, new JoinMember(Facilitator.Id, Facilitator.DisplayName, "Regione", Sector.EntePubblico, Role.Facilitator));
        s.Must(Anna, new JoinMember(Anna.Id, "Anna", "Comune di Pisa", Sector.EntePubblico, Role.Participant));
        s.Must(Bruno, new JoinMember(Bruno.Id, "Bruno", "Coop Il Ponte", Sector.TerzoSettore, Role.Participant));
        s.Do(Facilitator, "meeting.open", new { title = "Primo incontro" }).Ok();
        s.Do(Facilitator, "lab.phase", new { phase = "libera" }).Ok();
        s.Must(Carla, new JoinMember(Carla.Id, "Carla", " comune di  PISA ", Sector.EntePubblico, Role.Participant));
        s.AddCard(Anna, "n1", "bisogni");
        s.AddCard(Bruno, "r1", "risorse");
        s.AddCard(Bruno, "a1", "azioni");
        s.AddCard(Carla, "n2", "bisogni");
        s.Do(Anna, "link.add", new { linkId = "l1", from = "r1", to = "n1" }).Ok();
        s.Do(Carla, "comment.add", new { commentId = "c1", cardId = "n1", text = "Anche da noi" }).Ok();
        s.Do(Anna, "vote.cast", new { cardId = "a1" }).Ok();
        s.AddCard(Facilitator, "f1", "bisogni");
        s.Do(Bruno, "reaction.add", new { cardId = "f1", kind = "idea" }).Ok();
        s.Do(Facilitator, "lab.anonymous", new { enabled = true }).Ok();
        s.AddCard(Carla, "n3", "bisogni");
        s.Do(Anna, "comment.add", new { commentId = "c2", cardId = "r1", text = "Grazie" }).Ok();
        s.Do(Facilitator, "lab.anonymous", new { enabled = false }).Ok();
        s.Do(Bruno, "comment.add", new { commentId = "c3", cardId = "n3", text = "Vero" }).Ok();
        s.Do(Facilitator, "meeting.close", new { }).Ok();
        s.Must(Bruno, new LeaveMember(Bruno.Id));
        s.Must(Carla, new LeaveMember(Carla.Id));
        s.Do(Facilitator, "meeting.open", new { title = "Secondo incontro" }).Ok();
        s.Must(Dario, new JoinMember(Dario.Id, "Dario", "", Sector.Cittadino, Role.Participant));
        s.AddCard(Dario, "r2", "risorse");
        s.Do(Facilitator, "card.merge", new { cardId = "n2", intoId = "n1", text = (string?)null }).Ok();
        s.Do(Dario, "link.add", new { linkId = "l2", from = "r2", to = "n1" }).Ok();
        s.AddCard(Anna, "a2", "azioni");
        return s;
    }
}
