using Laboratori.Contracts.History;
using Laboratori.Contracts.Labs;
using Laboratori.Web.Data;
using Laboratori.Web.Programmes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Laboratori.Web.Attendance;

/// <summary>Builds registers (per incontro) and hours (per lab) from the roster, the roll call marks and the lab's log.</summary>
public sealed class RegisterReader(LaboratoriDb db, IGrainFactory grains, IOptions<RegisterOptions> options, TimeProvider time)
{
    public Task<Incontro?> IncontroAsync(string id) => db.Incontri.AsNoTracking().SingleOrDefaultAsync(i => i.Id == id);

    /// <summary>Whether the roll call of <paramref name="incontro"/> may be taken now.</summary>
    public bool IsOpen(Incontro incontro)
    {
        var now = time.GetUtcNow();
        return now >= Start(incontro) - options.Value.OpensBefore && now <= End(incontro) + options.Value.ClosesAfter;
    }

    public async Task<RegisterView> ReadAsync(Incontro incontro)
    {
        var lab = await grains.GetGrain<ILaboratorioGrain>(incontro.LabId).GetAsync();
        var log = await LogAsync(incontro.LabId);
        var people = await LabRoster.ReadAsync(db, incontro.LabId, log);
        var marks = await LatestMarksAsync([incontro.Id]);
        var authors = await AuthorNamesAsync(marks.Values.Select(m => m.AuthorId));
        var rules = new AttendanceRules(options.Value.MinimumOnline);
        var rows = people.Select(p =>
        {
            var mark = p.MemberIds.Select(id => marks.GetValueOrDefault((incontro.Id, id))).Where(m => m is not null).MaxBy(m => m!.Id);
            var spans = log.SpansOf(p.MemberIds);
            var counted = rules.Count(Start(incontro), End(incontro), incontro.PlannedHours, mark, spans);
            var online = rules.Count(Start(incontro), End(incontro), incontro.PlannedHours, null, spans);
            return new RegisterRow(p.MemberId, p.DisplayName, p.Organisation, p.Sector, p.Kind, log.IsOnline(p.MemberIds), online.Status,
                mark?.Status, Clock(counted.Entry), Clock(counted.Exit), counted.Hours, mark is null ? null : authors.GetValueOrDefault(mark.AuthorId, mark.AuthorId), mark?.At);
        }).ToList();
        return new RegisterView(incontro, lab?.Definition.Title ?? incontro.LabId, IsOpen(incontro), rows);
    }

    /// <summary>Every person's attendance at every planned incontro of the lab, and their totals against the percorso.</summary>
    public async Task<LabHours> HoursAsync(string labId)
    {
        var incontri = await db.Incontri.AsNoTracking().Where(i => i.LabId == labId).ToListAsync();
        incontri = [.. incontri.OrderBy(i => i.Date).ThenBy(i => i.Start)];
        var placement = await db.LabPlacements.AsNoTracking().SingleOrDefaultAsync(p => p.LabId == labId);
        var edizione = placement is null ? null : await db.Edizioni.AsNoTracking().SingleOrDefaultAsync(e => e.Id == placement.EdizioneId);
        var percorso = edizione is null ? null : await db.Percorsi.AsNoTracking().SingleOrDefaultAsync(p => p.Id == edizione.PercorsoId);
        var lab = await grains.GetGrain<ILaboratorioGrain>(labId).GetAsync();
        var log = await LogAsync(labId);
        var people = await LabRoster.ReadAsync(db, labId, log);
        var marks = await LatestMarksAsync([.. incontri.Select(i => i.Id)]);
        var rules = new AttendanceRules(options.Value.MinimumOnline);
        var planned = percorso is { PlannedHours: > 0 } ? percorso.PlannedHours : incontri.Sum(i => i.PlannedHours);
        var threshold = percorso?.CertificateThreshold ?? 70;
        var rows = people.Select(p =>
        {
            var spans = log.SpansOf(p.MemberIds);
            var each = incontri.Select(i => rules.Count(Start(i), End(i), i.PlannedHours,
                p.MemberIds.Select(id => marks.GetValueOrDefault((i.Id, id))).Where(m => m is not null).MaxBy(m => m!.Id), spans)).ToList();
            var hours = each.Sum(a => a.Hours);
            var share = planned > 0 ? Math.Round(hours / planned * 100, 1) : 0;
            return new PersonHours(p, each, hours, share, planned > 0 && hours / planned * 100 >= threshold);
        }).ToList();
        return new LabHours(labId, lab?.Definition.Title ?? labId, percorso?.Title ?? string.Empty, incontri, planned, threshold, rows);
    }

    private static DateTimeOffset Start(Incontro i) => AttendanceClock.Instant(i.Date, i.Start);

    private static DateTimeOffset End(Incontro i) => AttendanceClock.Instant(i.Date, i.End);

    private static string? Clock(DateTimeOffset? at) => at is { } instant ? AttendanceClock.Clock(instant) : null;

    private async Task<PresenceLog> LogAsync(string labId) =>
        new(await grains.GetGrain<IHistoryGrain>(labId).GetAllEventsAsync(), time.GetUtcNow());

    private async Task<Dictionary<(string Incontro, string Member), RegisterMark>> LatestMarksAsync(IReadOnlyCollection<string> incontri)
    {
        var all = await db.Set<RegisterMark>().AsNoTracking().Where(m => incontri.Contains(m.IncontroId)).OrderBy(m => m.Id).ToListAsync();
        var latest = new Dictionary<(string, string), RegisterMark>();
        foreach (var mark in all)
        {
            latest[(mark.IncontroId, mark.MemberId)] = mark;
        }

        return latest;
    }

    private async Task<Dictionary<string, string>> AuthorNamesAsync(IEnumerable<string> ids)
    {
        var wanted = ids.Distinct().ToList();
        return await db.Users.AsNoTracking().Where(u => wanted.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName);
    }
}
