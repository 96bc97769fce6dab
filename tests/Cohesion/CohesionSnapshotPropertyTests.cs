using System.Text.Json;
using Laboratori.Contracts;
using Laboratori.Grains.Canvas.Operations;
using Laboratori.Grains.Canvas;
using Laboratori.Grains.Cohesion;
using Laboratori.Contracts.Labs;
using Laboratori.Grains.Labs;
using Laboratori.Tests.Domain;
using static Laboratori.Tests.Domain.Scenario;

namespace Laboratori.Tests.Cohesion;

/// <summary>
/// Property: for random logs, the measures at seq N computed from a snapshot taken at any seq K ≤ N (serialized and
/// read back, as a stored snapshot would be) and the events after it equal those folded from the start.
/// </summary>
public sealed class CohesionSnapshotPropertyTests
{
    private static readonly Actor[] People =
    [
        Anna, Bruno, Carla, CohesionFixture.Dario,
        new("p-elena", Role.Participant, "Elena"), new("p-fabio", Role.Participant, "Fabio"),
    ];

    private static readonly (string Organisation, Sector Sector)[] Affiliations =
    [
        ("Comune di Pisa", Sector.EntePubblico), ("ASL Toscana", Sector.EntePubblico), ("Coop Il Ponte", Sector.TerzoSettore),
        ("", Sector.Cittadino), ("Associazione Alba", Sector.TerzoSettore), ("comune di pisa", Sector.Altro),
    ];

    public static TheoryData<int> Seeds() => [.. Enumerable.Range(1, 40)];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void MeasuresFromASnapshotEqualMeasuresFoldedFromTheStart(int seed)
    {
        var random = new Random(seed);
        var events = RandomLog(random, 250).Events;

        foreach (var n in new[] { events.Count, random.Next(1, events.Count + 1) })
        {
            var k = random.Next(0, n + 1);
            var whole = CohesionFold.Fold(null, events.Take(n));
            var snapshot = CohesionFold.Deserialize(CohesionFold.Serialize(CohesionFold.Fold(null, events.Take(k))));
            var resumed = CohesionFold.Fold(snapshot, events.Skip(k).Take(n - k));

            Assert.Equal(Json(Measure(whole)), Json(Measure(resumed)));
            Assert.Equal(Json(CohesionNetwork.Build(whole)), Json(CohesionNetwork.Build(resumed)));
        }
    }

    [Fact]
    public void RandomLogsExerciseEveryInteractionKind()
    {
        var kinds = Enumerable.Range(1, 10).SelectMany(seed => CohesionFold.Fold(null, RandomLog(new Random(seed), 250).Events).Interactions)
            .Select(i => i.Kind).ToHashSet();

        Assert.Equal(
            [InteractionKinds.Comment, InteractionKinds.Link, InteractionKinds.Merge, InteractionKinds.Reaction, InteractionKinds.Vote],
            kinds.Order(StringComparer.Ordinal));
    }

    private static CohesionReport Measure(CohesionLog log) => CohesionMeasures.Compute(new CohesionInput("lab-test", log, 6));

    private static string Json<T>(T value) => JsonSerializer.Serialize(value, CanvasJson.Options);

    /// <summary>A lab driven by random operations through the real policy; refused ones leave no event.</summary>
    private static Scenario RandomLog(Random random, int steps)
    {
        var s = new Scenario(create: false);
        var template = Templates.All[Templates.Default];
        s.Must(Facilitator, new CreateLab("Abitare", template.Id, template.Lanes, template.Phases, 50));
        s.Do(Facilitator, "lab.phase", new { phase = "libera" }).Ok();
        var cards = new List<string>();
        for (var step = 0; step < steps; step++)
        {
            var who = People[random.Next(People.Length)];
            var card = cards.Count == 0 ? "none" : cards[random.Next(cards.Count)];
            var other = cards.Count == 0 ? "none" : cards[random.Next(cards.Count)];
            var id = $"x{step}";
            switch (random.Next(14))
            {
                case 0 or 1:
                    var (organisation, sector) = Affiliations[random.Next(Affiliations.Length)];
                    s.Apply(who, new JoinMember(who.Id, who.DisplayName, organisation, sector, Role.Participant));
                    break;
                case 2:
                    s.Apply(who, new LeaveMember(who.Id));
                    break;
                case 3 or 4:
                    var lane = template.Lanes[random.Next(template.Lanes.Length)].Id;
                    if (s.Do(random.Next(8) == 0 ? Facilitator : who, "card.add", new { cardId = id, lane, text = "t", colour = (string?)null, x = 1.0, y = 1.0 }).Error is null)
                    {
                        cards.Add(id);
                    }

                    break;
                case 5:
                    s.Do(who, "link.add", new { linkId = id, from = card, to = other });
                    break;
                case 6:
                    s.Do(who, "comment.add", new { commentId = id, cardId = card, text = "c" });
                    break;
                case 7:
                    s.Do(who, "vote.cast", new { cardId = card });
                    break;
                case 8:
                    s.Do(who, "reaction.add", new { cardId = card, kind = AddReaction.Kinds[random.Next(AddReaction.Kinds.Length)] });
                    break;
                case 9:
                    s.Do(Facilitator, "card.merge", new { cardId = card, intoId = other, text = (string?)null });
                    break;
                case 10:
                    s.Do(Facilitator, "lab.anonymous", new { enabled = random.Next(2) == 0 });
                    break;
                case 11:
                    _ = random.Next(2) == 0 ? s.Do(Facilitator, "meeting.open", new { title = (string?)null }) : s.Do(Facilitator, "meeting.close", new { });
                    break;
                case 12:
                    s.Do(who, "card.delete", new { cardId = card });
                    break;
                default:
                    s.Do(who, "vote.retract", new { cardId = card });
                    break;
            }
        }

        return s;
    }
}
