using System.Text.Json;
using Laboratori.Contracts;
using Laboratori.Grains.Canvas;
using Laboratori.Contracts.Labs;
using Laboratori.Grains.Labs;

namespace Laboratori.Benchmarks.Cohesion;

/// <summary>
/// A lab of a given number of events, such as the server writes (a link may repeat another, which the server would refuse): 40 participants of 12 enti and three sectors over
/// incontri of about 2,000 events each, adding cards, linking, commenting, voting and reacting on each other's cards
/// (sometimes anonymously), and taking on actions.
/// </summary>
public static class SyntheticLab
{
    private static readonly string[] OwnerEnti = ["Ente 1"];

    private static readonly DateTimeOffset Start = new(2026, 10, 5, 9, 0, 0, TimeSpan.Zero);

    public static List<CanvasEvent> Build(int count, int seed = 11)
    {
        var random = new Random(seed);
        var events = new List<CanvasEvent>(count);
        var template = Templates.All[Templates.Default];
        Add(events, "staff-f", "lab.create", new { title = "Benchmark", templateId = template.Id, lanes = template.Lanes, phases = template.Phases, voteBudget = 1_000 });
        Add(events, "staff-f", "lab.phase", new { phase = "libera" });
        var people = Enumerable.Range(0, 40).Select(i => $"p-{i}").ToArray();
        foreach (var (person, i) in people.Select((p, i) => (p, i)))
        {
            Add(events, person, "member.join", new { memberId = person, displayName = $"Persona {i}", organisation = $"Ente {i % 12}", sector = (Sector)(i % 3), role = Role.Participant });
        }

        var cards = new List<(string Id, string Lane)>();
        var (meetingOpen, anonymous, n) = (false, false, 0);
        while (events.Count < count)
        {
            var who = people[random.Next(people.Length)];
            var card = cards.Count > 0 ? cards[random.Next(cards.Count)] : default;
            n++;
            switch (cards.Count < 3 ? 0 : random.Next(100))
            {
                case < 25:
                    var lane = template.Lanes[random.Next(template.Lanes.Length)].Id;
                    cards.Add(($"c{n}", lane));
                    Add(events, who, "card.add", new { cardId = $"c{n}", lane, text = $"Scheda {n}", colour = (string?)null, x = 10.0, y = 10.0, anonymous });
                    break;
                case < 40:
                    var other = cards[random.Next(cards.Count)];
                    if (other.Id != card.Id)
                    {
                        Add(events, who, "link.add", new { linkId = $"l{n}", from = card.Id, to = other.Id, anonymous });
                    }

                    break;
                case < 60:
                    Add(events, who, "comment.add", new { commentId = $"m{n}", cardId = card.Id, text = "Commento", anonymous });
                    break;
                case < 80:
                    Add(events, who, "vote.cast", new { cardId = card.Id });
                    break;
                case < 88:
                    Add(events, who, "reaction.add", new { cardId = card.Id, kind = "idea" });
                    break;
                case < 92 when card.Lane == "azioni":
                    Add(events, who, "action.owners", new { cardId = card.Id, people = new[] { who }, enti = OwnerEnti });
                    break;
                case < 94:
                    anonymous = !anonymous;
                    Add(events, "staff-f", "lab.anonymous", new { enabled = anonymous });
                    break;
                case < 96 when random.Next(2) == 0:
                    Add(events, who, "member.leave", new { memberId = who });
                    break;
                case < 96:
                    Add(events, who, "member.join", new { memberId = who, displayName = who, organisation = $"Ente {who.Length % 12}", sector = Sector.Altro, role = Role.Participant });
                    break;
                default:
                    if (meetingOpen == events.Count % 2_000 >= 1_900)
                    {
                        Add(events, "staff-f", meetingOpen ? "meeting.close" : "meeting.open", meetingOpen ? new { } : new { title = (string?)null });
                        meetingOpen = !meetingOpen;
                    }

                    break;
            }
        }

        return events;
    }

    private static void Add(List<CanvasEvent> events, string author, string type, object payload) =>
        events.Add(new CanvasEvent("lab-bench", events.Count + 1, Start.AddSeconds(events.Count), author, $"op-{events.Count + 1}", type,
            JsonSerializer.Serialize(payload, CanvasJson.Options)));
}
