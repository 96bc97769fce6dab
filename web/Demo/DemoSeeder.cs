using System.Text.Json;
using Bogus;
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
/// On a store with no labs, makes a demo lab with Italian content (Bogus, locale "it") written through the same grains
/// and rules as live edits; then prints where to open it and how to get in.
/// </summary>
public sealed partial class DemoSeeder(
    IOptions<DemoOptions> options,
    IOptions<AuthOptions> auth,
    IGrainFactory grains,
    IServer server,
    IHostApplicationLifetime lifetime,
    ILogger<DemoSeeder> logger) : BackgroundService
{
    private static readonly string[] Needs =
    [
        "Famiglie con figli disabili senza supporto nel pomeriggio", "Anziani soli nei piccoli comuni", "Giovani NEET senza orientamento",
        "Difficoltà di accesso alla casa per i nuclei monoreddito", "Donne straniere isolate e senza rete", "Caregiver familiari stanchi e poco riconosciuti",
    ];

    private static readonly string[] Resources =
    [
        "Centro giovani comunale aperto 5 giorni", "Associazione di volontariato per il trasporto sociale", "Cooperativa con educatori esperti",
        "Biblioteca con spazi per incontri", "Rete di parrocchie e circoli", "Sportello di mediazione linguistica",
    ];

    private static readonly string[] Actions =
    [
        "Sportello unico di orientamento per famiglie", "Patto di collaborazione per il trasporto", "Gruppi di auto mutuo aiuto per caregiver",
        "Agenzia sociale per la casa", "Laboratori di cittadinanza per giovani",
    ];

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled || !await WaitForStartAsync(stoppingToken))
        {
            return;
        }

        var labs = await grains.GetGrain<ILabDirectoryGrain>(LabDirectoryGrain.Key).ListAsync();
        var lab = labs.Length > 0 ? labs[0] : await CreateAsync();
        var url = server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault() ?? "http://localhost:5080";
        var staff = string.Join(", ", auth.Value.Staff.Select(s => $"{s.UserName} / {s.Password} ({s.Role})"));
        Log.Ready(logger, url, lab.Definition.Title, staff, JoinCodes.Display(lab.JoinCode), $"{url}/?code={JoinCodes.Display(lab.JoinCode)}");
    }

    private async Task<bool> WaitForStartAsync(CancellationToken stoppingToken)
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var onStarted = lifetime.ApplicationStarted.Register(() => started.TrySetResult());
        using var onStopping = stoppingToken.Register(() => started.TrySetCanceled(stoppingToken));
        try
        {
            await started.Task;
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    private async Task<LabInfo> CreateAsync()
    {
        var faker = new Faker("it") { Random = new Randomizer(options.Value.Seed) };
        var facilitator = auth.Value.Staff.Find(s => s.Role == StaffRoles.Facilitator);
        var actor = new Actor("staff-" + (facilitator?.UserName.ToLowerInvariant() ?? "demo"), Role.Facilitator, facilitator?.DisplayName ?? "Facilitatore demo");
        var definition = new LabDefinition("Abitare e comunità: il laboratorio dimostrativo", "Abitare", "Mandato del tavolo tecnico: proposte per l'abitare sociale nella zona distretto.",
            "Insieme per Co-progettare", "Edizione 1", "Firenze", Templates.Default);
        var created = await grains.GetGrain<ILaboratorioGrain>(Ids.New("lab-")).CreateAsync(actor, definition);
        var lab = created.Lab ?? throw new InvalidOperationException($"Demo lab not created: {created.Error?.MessageEn}");
        var canvas = grains.GetGrain<ICanvasGrain>(lab.Id);
        await canvas.ApplyAsync(actor, Op("lab.phase", new { phase = "libera" }));
        await canvas.ApplyAsync(actor, Op("meeting.open", new { title = "Primo incontro" }));

        var lanes = new[] { ("bisogni", Needs), ("risorse", Resources), ("azioni", Actions) };
        var cards = new List<string>();
        for (var i = 0; i < options.Value.Participants; i++)
        {
            var sector = faker.PickRandom<Sector>();
            var organisation = sector switch
            {
                Sector.EntePubblico => "Comune di " + faker.Address.City(),
                Sector.TerzoSettore => "Cooperativa " + faker.Company.CompanyName(),
                _ => string.Empty,
            };
            var name = faker.Name.FullName();
            var enrolled = await grains.GetGrain<ILaboratorioGrain>(lab.Id).EnrolAsync(new ParticipantProfile(name, organisation, sector));
            var id = enrolled.ParticipantId ?? throw new InvalidOperationException($"Demo participant not enrolled: {enrolled.Error?.MessageEn}");
            var profile = new MemberProfile(id, name, organisation, sector, Role.Participant);
            var participant = new Actor(id, Role.Participant, profile.DisplayName);
            await canvas.RecordPresenceAsync(profile, present: true);
            var (lane, texts) = lanes[i % lanes.Length];
            var cardId = $"demo-{i}";
            await canvas.ApplyAsync(participant, Op("card.add", new { cardId, lane, text = texts[i % texts.Length], colour = (string?)null, x = 40.0 + (i * 20), y = 40.0 + (i * 60) }));
            cards.Add(cardId);
            if (cards.Count > 1)
            {
                await canvas.ApplyAsync(participant, Op("vote.cast", new { cardId = faker.PickRandom(cards) }));
                await canvas.ApplyAsync(participant, Op("link.add", new { linkId = $"demo-link-{i}", from = cards[^2], to = cardId }));
            }

            await canvas.RecordPresenceAsync(profile, present: false);
        }

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
