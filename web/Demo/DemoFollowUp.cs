using System.Globalization;
using System.Text.Json;
using Laboratori.Contracts;
using Laboratori.Grains.Canvas;

namespace Laboratori.Web.Demo;

/// <summary>
/// The demo lab's second incontro: part of the room comes back, people comment on each other's cards across enti and
/// sectors, and the facilitator gives the actions owners, deadlines (one overdue, one due soon) and statuses, so that
/// the cohesion figures and the open actions have something to show.
/// </summary>
internal static class DemoFollowUp
{
    private static readonly string[] Comments =
    [
        "Possiamo mettere a disposizione il nostro spazio", "Da noi succede lo stesso", "Serve un referente unico",
        "Ci stiamo già lavorando con la zona distretto", "Coinvolgiamo anche le scuole",
    ];

    public static async Task RunAsync(ICanvasGrain canvas, Actor facilitator, IReadOnlyList<MemberProfile> people, IReadOnlyList<(string Id, string Lane)> cards, DateOnly today)
    {
        await canvas.ApplyAsync(facilitator, Op("meeting.close", new { }));
        await canvas.ApplyAsync(facilitator, Op("meeting.open", new { title = "Secondo incontro" }));
        var back = people.Where((_, i) => i % 3 != 1).ToList();
        for (var i = 0; i < back.Count; i++)
        {
            var person = back[i];
            var actor = new Actor(person.Id, Role.Participant, person.DisplayName);
            await canvas.RecordPresenceAsync(person, present: true);
            var other = cards[(i * 5 + 3) % cards.Count].Id;
            await canvas.ApplyAsync(actor, Op("comment.add", new { commentId = $"demo-c-{i}", cardId = other, text = Comments[i % Comments.Length] }));
            await canvas.ApplyAsync(actor, Op("reaction.add", new { cardId = cards[(i * 7 + 1) % cards.Count].Id, kind = "accordo" }));
        }

        var actions = cards.Where(c => c.Lane == "azioni").Select(c => c.Id).ToList();
        string[] statuses = ["in_corso", "da_avviare", "bloccato", "fatto"];
        int[] dueInDays = [-10, 7, 40, -30];
        for (var i = 0; i < actions.Count; i++)
        {
            var owners = people.Where((_, p) => (p + i) % 4 == 0).Take(2).ToList();
            var enti = owners.Select(o => o.Organisation).Where(o => o.Length > 0).Distinct().ToArray();
            await canvas.ApplyAsync(facilitator, Op("action.owners", new { cardId = actions[i], people = owners.Select(o => o.Id).ToArray(), enti }));
            var deadline = today.AddDays(dueInDays[i % dueInDays.Length]).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            await canvas.ApplyAsync(facilitator, Op("action.deadline", new { cardId = actions[i], deadline }));
            await canvas.ApplyAsync(facilitator, Op("action.status", new { cardId = actions[i], status = statuses[i % statuses.Length] }));
        }

        foreach (var person in back)
        {
            await canvas.RecordPresenceAsync(person, present: false);
        }
    }

    private static OperationRequest Op(string type, object payload) =>
        new(Guid.NewGuid().ToString("N"), type, JsonSerializer.Serialize(payload, CanvasJson.Options));
}
