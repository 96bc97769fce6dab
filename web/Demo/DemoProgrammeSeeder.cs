using System.Text.Json;
using Bogus;
using Laboratori.Contracts;
using Laboratori.Contracts.Labs;
using Laboratori.Grains.Canvas;
using Laboratori.Grains.Labs;
using Laboratori.Web.Auth;
using Laboratori.Web.Data;
using Laboratori.Web.Programmes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Laboratori.Web.Demo;

/// <summary>
/// In Development, on a store without programmes: a programme shaped like the seeds' regional FSE programme (3 percorsi,
/// 28 edizioni across the 13 sedi), its coordinator, and three labs with enrolments, attendance and canvas work.
/// Dates are placed around today, so some editions are finished, some running, some planned.
/// </summary>
public sealed partial class DemoProgrammeSeeder(
    IOptions<DemoOptions> options,
    IHostEnvironment environment,
    IServiceScopeFactory scopes,
    IGrainFactory grains,
    IHostApplicationLifetime lifetime,
    TimeProvider time,
    ILogger<DemoProgrammeSeeder> logger) : BackgroundService
{
    private static readonly (string Title, string Target, int Hours, int Editions, int FirstDay, int Spacing, int Length)[] Percorsi =
    [
        ("Integrazione e Co-progettazione per la governance territoriale del FSE", "Dirigenti e responsabili degli Uffici di Piano", 16, 5, -150, 14, 20),
        ("Innovazione e Co-progettazione FSE", "Operatori del comparto sociale e socio-sanitario degli Uffici di Piano", 36, 10, -110, 12, 45),
        ("Insieme per Co-progettare l'Europa", "Personale pubblico e privato coinvolto nei Piani di Zona", 12, 13, -30, 9, 25),
    ];

    private static readonly (string Name, Sector Sector)[] Organisations =
    [
        ("Comune di Firenze", Sector.EntePubblico), ("Società della Salute Pisana", Sector.EntePubblico), ("ASL Toscana Centro", Sector.EntePubblico),
        ("Comune di Empoli", Sector.EntePubblico), ("Istituto comprensivo Don Milani", Sector.EntePubblico),
        ("Cooperativa sociale Il Cenacolo", Sector.TerzoSettore), ("Cooperativa sociale La Rondine", Sector.TerzoSettore),
        ("Associazione Auser Siena", Sector.TerzoSettore), ("Caritas diocesana di Lucca", Sector.TerzoSettore),
        ("Misericordia di Empoli", Sector.TerzoSettore), ("Parrocchia di San Frediano", Sector.TerzoSettore), (string.Empty, Sector.Cittadino),
    ];

    private static readonly (string Name, string Type)[] DemoEnti =
    [
        ("Comune di Firenze", "comune"), ("Società della Salute Pisana", "unione_comuni"), ("ASL Toscana Centro", "azienda_sanitaria"),
        ("Comune di Empoli", "comune"), ("Istituto comprensivo Don Milani", "scuola"), ("Cooperativa sociale Il Cenacolo", "cooperativa_sociale"),
        ("Cooperativa sociale La Rondine", "cooperativa_sociale"), ("Associazione Auser Siena", "associazione"), ("Caritas diocesana di Lucca", "parrocchia"),
        ("Misericordia di Empoli", "associazione"), ("Parrocchia di San Frediano", "parrocchia"),
    ];

    private static readonly string[] Lanes = ["bisogni", "risorse", "azioni"];

    private static readonly string[] Cards =
    [
        "Anziani soli nelle frazioni", "Trasporto sociale carente la sera", "Centro diurno con posti liberi", "Volontari della Misericordia",
        "Sportello unico per le famiglie", "Giovani senza orientamento al lavoro", "Biblioteca aperta il sabato", "Patto di collaborazione per il quartiere",
    ];

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled || !environment.IsDevelopment() || !await HostStart.WaitAsync(lifetime, stoppingToken))
        {
            return;
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LaboratoriDb>();
        if (await db.Programmes.AnyAsync(stoppingToken))
        {
            return;
        }

        var today = DateOnly.FromDateTime(time.GetLocalNow().Date);
        var programme = new Programme
        {
            Id = Ids.New("prg-"), Title = "Innovazione e inclusione sociale", Fund = Funds.FsePlus, Cup = "D19J17000560009",
            StartDate = today.AddDays(-160), EndDate = today.AddDays(200), OwnerBody = "Regione Toscana", CreatedAt = time.GetUtcNow(),
        };
        db.Programmes.Add(programme);
        var sedi = ProgrammeOptions.DefaultSedi;
        var edizioni = new List<Edizione>();
        foreach (var (title, target, hours, count, firstDay, spacing, length) in Percorsi)
        {
            var percorso = new Percorso { Id = Ids.New("prc-"), ProgrammeId = programme.Id, Title = title, TargetGroup = target, PlannedHours = hours, TemplateId = Templates.Default };
            db.Percorsi.Add(percorso);
            for (var i = 0; i < count; i++)
            {
                var start = today.AddDays(firstDay + (i * spacing));
                var edizione = new Edizione
                {
                    Id = Ids.New("edz-"), PercorsoId = percorso.Id, ProgrammeId = programme.Id, Title = $"Edizione {i + 1}",
                    SedeId = sedi[(i + edizioni.Count) % sedi.Count].Id, StartDate = start, EndDate = start.AddDays(length),
                };
                db.Edizioni.Add(edizione);
                edizioni.Add(edizione);
            }
        }

        Assign(db, programme.Id, StaffUser.IdFor("coordinatore"), StaffRoles.Coordinator, string.Empty);
        Assign(db, programme.Id, StaffUser.IdFor("formatore"), StaffRoles.Trainer, string.Empty);
        // The programme's register of enti: the organisations its participants come from.
        foreach (var (name, type) in DemoEnti)
        {
            var kind = Enti.EnteTypes.Find(type)!;
            db.Add(new Enti.Ente { Id = Ids.New("en-"), ProgrammeId = programme.Id, Name = name, Type = type, Sector = kind.Sector, CreatedAt = programme.CreatedAt });
        }

        var running = edizioni.Where(e => e.StartDate <= today && e.EndDate >= today).ToList();
        var labEdizioni = running.TakeLast(2).Prepend(edizioni[0]).ToList();
        foreach (var edizione in labEdizioni.Skip(1))
        {
            Assign(db, programme.Id, StaffUser.IdFor("facilitatore"), StaffRoles.Facilitator, edizione.Id);
        }

        await db.SaveChangesAsync(stoppingToken);
        var faker = new Faker("it") { Random = new Randomizer(options.Value.Seed + 11) };
        foreach (var (edizione, index) in labEdizioni.Select((e, i) => (e, i)))
        {
            await SeedLabAsync(db, edizione, index, faker, today, stoppingToken);
        }

        LogSeeded(programme.Title, edizioni.Count, programme.Id);
    }

    private async Task SeedLabAsync(LaboratoriDb db, Edizione edizione, int index, Faker faker, DateOnly today, CancellationToken cancellationToken)
    {
        var percorso = await db.Percorsi.SingleAsync(p => p.Id == edizione.PercorsoId, cancellationToken);
        var sede = ProgrammeOptions.DefaultSedi.First(s => s.Id == edizione.SedeId);
        var facilitator = new Actor(StaffUser.IdFor("facilitatore"), Role.Facilitator, "Giulia Facilitatrice");
        var themes = new[] { ("Abitare e comunità", "Abitare"), ("Giovani e lavoro", "ISEL"), ("Famiglie al centro", "Famiglia") };
        var (title, theme) = themes[index % themes.Length];
        var created = await grains.GetGrain<ILaboratorioGrain>(Ids.New("lab-")).CreateAsync(facilitator,
            new LabDefinition($"{title} — {sede.Name}", theme, "Mandato del tavolo tecnico: proposte condivise per la zona distretto.", percorso.Title, edizione.Title, sede.Name, Templates.Default));
        var lab = created.Lab ?? throw new InvalidOperationException($"Demo lab not created: {created.Error?.MessageEn}");
        db.LabPlacements.Add(new LabPlacement { LabId = lab.Id, ProgrammeId = edizione.ProgrammeId, EdizioneId = edizione.Id });

        // Two incontri already held, and one today whose window holds the attendance recorded below.
        var now = TimeOnly.FromDateTime(time.GetLocalNow().DateTime);
        var todayStart = new TimeOnly(Math.Max(0, now.Hour - 1), 0);
        var todayEnd = todayStart.AddHours(4) < todayStart ? new TimeOnly(23, 59) : todayStart.AddHours(4);
        var held = edizione.EndDate < today ? edizione.EndDate : today;
        var incontri = new List<Incontro>();
        foreach (var (date, start, end) in new[] { (held.AddDays(-14), new TimeOnly(9, 0), new TimeOnly(13, 0)), (held.AddDays(-7), new TimeOnly(9, 0), new TimeOnly(13, 0)), (held, todayStart, todayEnd) })
        {
            if (date >= edizione.StartDate)
            {
                incontri.Add(new Incontro
                {
                    Id = Ids.New("inc-"), LabId = lab.Id, Date = date, Start = start, End = end, PlannedHours = (decimal)(end - start).TotalHours, Mode = "presenza", SedeId = sede.Id,
                });
                db.Incontri.Add(incontri[^1]);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        var canvas = grains.GetGrain<ICanvasGrain>(lab.Id);
        await canvas.ApplyAsync(facilitator, Op("lab.phase", new { phase = "libera" }));
        var cards = new List<string>();
        var people = new List<(string, ParticipantProfile, bool)>();
        for (var i = 0; i < 10 + (index * 3); i++)
        {
            var (organisation, sector) = Organisations[(i + index) % Organisations.Length];
            var name = faker.Name.FullName();
            var enrolled = await grains.GetGrain<ILaboratorioGrain>(lab.Id).EnrolAsync(new ParticipantProfile(name, organisation, sector));
            if (enrolled.ParticipantId is { } enrolledId)
            {
                people.Add((enrolledId, new ParticipantProfile(name, organisation, sector), i % 4 != 3));
            }

            if (enrolled.ParticipantId is not { } id || i % 4 == 3)
            {
                continue; // Enrolled but never came: the dashboard counts them apart.
            }

            var profile = new MemberProfile(id, name, organisation, sector, Role.Participant);
            var participant = new Actor(id, Role.Participant, name);
            await canvas.RecordPresenceAsync(profile, present: true);
            var cardId = $"demo-{index}-{i}";
            await canvas.ApplyAsync(participant, Op("card.add", new { cardId, lane = Lanes[i % Lanes.Length], text = Cards[(i + index) % Cards.Length], colour = (string?)null, x = 40.0 + (i * 30), y = 40.0 + (i * 50) }));
            if (cards.Count > 0)
            {
                await canvas.ApplyAsync(participant, Op("vote.cast", new { cardId = cards[^1] }));
                await canvas.ApplyAsync(participant, Op("link.add", new { linkId = $"demo-link-{index}-{i}", from = cards[^1], to = cardId }));
            }

            cards.Add(cardId);
            await canvas.RecordPresenceAsync(profile, present: false);
        }

        // The facilitator writes for someone in the room: an ente of the register, and a person who came without a device.
        // Straight to the canvas, so the organisation and sector the hub would fill in are written here.
        var ente = await db.Set<Enti.Ente>().AsNoTracking().Where(e => e.ProgrammeId == edizione.ProgrammeId).OrderBy(e => e.Name).FirstAsync(cancellationToken);
        await canvas.ApplyAsync(facilitator, Op("card.add", new
        {
            cardId = $"demo-{index}-ente", lane = "risorse", text = "Sala civica aperta il sabato per le attività del laboratorio", colour = (string?)null, x = 40.0, y = 600.0,
            onBehalfOf = new { kind = "ente", id = ente.Id, organisation = ente.Name, sector = ente.Sector },
        }));
        if (people.FirstOrDefault(p => !p.Item3) is ({ } absentId, { } absent, _))
        {
            await canvas.ApplyAsync(facilitator, Op("card.add", new
            {
                cardId = $"demo-{index}-perconto", lane = "bisogni", text = "Orari degli sportelli compatibili con chi lavora", colour = (string?)null, x = 40.0, y = 700.0,
                onBehalfOf = new { kind = "member", id = absentId, organisation = absent.Organisation, sector = absent.Sector },
            }));
        }

        await DemoAttendance.SeedAsync(db, lab.Id, people, incontri, facilitator.Id, time.GetUtcNow(), cancellationToken);
    }

    private static void Assign(LaboratoriDb db, string programmeId, string userId, string role, string edizioneId) =>
        db.Assignments.Add(new Assignment { Id = Ids.New("asg-"), UserId = userId, Role = role, ProgrammeId = programmeId, EdizioneId = edizioneId });

    private static OperationRequest Op(string type, object payload) => new(Guid.NewGuid().ToString("N"), type, JsonSerializer.Serialize(payload, CanvasJson.Options));

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo programme \"{Title}\" with {Editions} edizioni: the coordinatore account (password coordinatore) finds it in the workspace at /staff and its dashboard at /staff/cruscotto/{ProgrammeId}.")]
    private partial void LogSeeded(string title, int editions, string programmeId);
}
