using System.Text.Json;
using Laboratori.Contracts;
using Laboratori.Contracts.Labs;
using Laboratori.Grains.Canvas;
using Laboratori.Grains.Labs;
using Laboratori.Web.Auth;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace Laboratori.Web.Demo;

/// <summary>
/// On a store with no labs, makes a demo lab with the Italian content of <see cref="DemoContent"/>, written through the
/// same grains and rules as live edits; then prints where to open it and how to get in.
/// </summary>
public sealed partial class DemoSeeder(
    IOptions<DemoOptions> options,
    IOptions<AuthOptions> auth,
    IGrainFactory grains,
    IServer server,
    IHostApplicationLifetime lifetime,
    IHostEnvironment environment,
    TimeProvider time,
    ILogger<DemoSeeder> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled || !await HostStart.WaitAsync(lifetime, stoppingToken))
        {
            return;
        }

        var labs = await grains.GetGrain<ILabDirectoryGrain>(LabDirectoryGrain.Key).ListAsync();
        var lab = labs.Length > 0 ? labs[0] : await CreateAsync();
        var url = server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault() ?? "http://localhost:5080";
        // The demo's own passwords in Development only: elsewhere the accounts are real ones, and logs travel.
        var staff = string.Join(", ", auth.Value.Staff.Select(s => $"{s.UserName} / {(environment.IsDevelopment() ? s.Password : "(password as configured)")} ({s.Role})"));
        Log.Ready(logger, url, lab.Definition.Title, staff, JoinCodes.Display(lab.JoinCode), $"{url}/?code={JoinCodes.Display(lab.JoinCode)}");
    }

    private async Task<LabInfo> CreateAsync()
    {
        var facilitator = auth.Value.Staff.Find(s => s.Role == StaffRoles.Facilitator);
        var actor = new Actor("staff-" + (facilitator?.UserName.ToLowerInvariant() ?? "demo"), Role.Facilitator, facilitator?.DisplayName ?? "Facilitatore demo");
        var definition = new LabDefinition("Abitare e comunità: il laboratorio dimostrativo", "Abitare", "Il tavolo tecnico chiede proposte concrete per la casa e per le reti di prossimità nella zona Empolese Valdarno Valdelsa, da portare nel prossimo Piano di zona.",
            "Insieme per co-progettare", "Edizione 1", "Empoli", Templates.Default);
        var created = await grains.GetGrain<ILaboratorioGrain>(Ids.New("lab-")).CreateAsync(actor, definition);
        var lab = created.Lab ?? throw new InvalidOperationException($"Demo lab not created: {created.Error?.MessageEn}");
        var canvas = grains.GetGrain<ICanvasGrain>(lab.Id);
        await canvas.ApplyAsync(actor, Op("lab.phase", new { phase = "libera" }));
        await canvas.ApplyAsync(actor, Op("meeting.open", new { title = "Primo incontro" }));

        var people = DemoContent.People.Take(Math.Clamp(options.Value.Participants, 1, DemoContent.People.Length)).ToArray();
        var actors = new List<(Actor Actor, MemberProfile Profile)>();
        foreach (var person in people)
        {
            var enrolled = await grains.GetGrain<ILaboratorioGrain>(lab.Id).EnrolAsync(new ParticipantProfile(person.Name, person.Organisation, person.Sector));
            var id = enrolled.ParticipantId ?? throw new InvalidOperationException($"Demo participant not enrolled: {enrolled.Error?.MessageEn}");
            var profile = new MemberProfile(id, person.Name, person.Organisation, person.Sector, Role.Participant);
            actors.Add((new Actor(id, Role.Participant, person.Name), profile));
        }

        Actor AuthorOf(int index) => actors[index % actors.Count].Actor;
        foreach (var (_, profile) in actors)
        {
            await canvas.RecordPresenceAsync(profile, present: true);
        }

        foreach (var theme in DemoContent.Themes)
        {
            await canvas.ApplyAsync(actor, Op("theme.add", new { themeId = theme.Id, title = theme.Title }));
        }

        var y = new Dictionary<string, double>();
        foreach (var card in DemoContent.Cards)
        {
            var at = y[card.Lane] = y.GetValueOrDefault(card.Lane) + 100;
            await canvas.ApplyAsync(AuthorOf(card.Author), Op("card.add", new { cardId = card.Id, lane = card.Lane, text = card.Text, colour = (string?)null, x = 0.0, y = at }));
            if (card.ThemeId is { } themeId)
            {
                await canvas.ApplyAsync(actor, Op("card.theme", new { cardId = card.Id, themeId }));
            }
        }

        foreach (var (from, to, author) in DemoContent.Links)
        {
            await canvas.ApplyAsync(AuthorOf(author), Op("link.add", new { linkId = $"demo-{from}-{to}", from, to }));
        }

        // Everyone votes for the actions and needs that matter most to them, with a seeded hand so each fresh demo is the same.
        var random = new Random(options.Value.Seed);
        var votable = DemoContent.Cards.Where(c => c.Lane != "risorse").Select(c => c.Id).ToArray();
        foreach (var (participant, profile) in actors)
        {
            foreach (var cardId in random.GetItems(votable, 3).Distinct())
            {
                await canvas.ApplyAsync(participant, Op("vote.cast", new { cardId }));
            }

            await canvas.RecordPresenceAsync(profile, present: false);
        }

        await DemoFollowUp.RunAsync(canvas, actor, [.. actors.Select(a => a.Profile)], [.. DemoContent.Cards.Select(c => (c.Id, c.Lane))], Exports.RomeTime.Today(time));
        return lab;
    }

    private static OperationRequest Op(string type, object payload) =>
        new(Guid.NewGuid().ToString("N"), type, JsonSerializer.Serialize(payload, CanvasJson.Options));

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Information, """

            ==== Laboratori di Co-progettazione ====
            Apri / Open:            {Url}
            Laboratorio demo:       {Title}
            Staff (utente / password): {Staff}
            Partecipanti / Participants: codice {Code}, oppure / or {Link}
            """)]
        public static partial void Ready(ILogger logger, string url, string title, string staff, string code, string link);
    }
}
