using Laboratori.Contracts;
using Laboratori.Contracts.Labs;
using Laboratori.Grains.Labs;
using Laboratori.Web.Attendance;
using Laboratori.Web.Auth;
using Laboratori.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Laboratori.Web.Programmes;

/// <summary>What a staff member sees of the structure: the programmes they manage or work in, each cut to what they may open.</summary>
public sealed class WorkspaceReader(LaboratoriDb db, ProgrammeStore programmes, ProgrammeCache cache, LabAccess access, IGrainFactory grains, TimeProvider time)
{
    private static readonly TimeZoneInfo Rome = TimeZoneInfo.FindSystemTimeZoneById("Europe/Rome");

    public DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), Rome).DateTime);

    public async Task<Workspace> ReadAsync(Caller caller)
    {
        var scope = await cache.ScopeAsync(caller.Id);
        var placements = await db.LabPlacements.AsNoTracking().ToListAsync();
        var labs = await SummariesAsync(caller, await AllLabsAsync());
        var placed = placements.ToDictionary(p => p.LabId);
        var visibleProgrammeIds = caller.AccountRole == StaffRoles.Admin
            ? await db.Programmes.Select(p => p.Id).ToListAsync()
            : scope.Assignments.Select(a => a.ProgrammeId).Concat(labs.Where(l => l.ProgrammeId is not null).Select(l => l.ProgrammeId!)).Distinct().ToList();

        var details = new List<ProgrammeDetail>();
        foreach (var id in visibleProgrammeIds)
        {
            if (await DetailAsync(caller, id, labs) is { } detail)
            {
                details.Add(detail);
            }
        }

        var visibleLabIds = labs.Select(l => l.Id).ToHashSet();
        var today = Today;
        var incontri = await db.Incontri.AsNoTracking().Where(i => i.Date == today).ToListAsync();
        return new Workspace(
            details.OrderBy(d => d.Programme.Archived).ThenByDescending(d => d.Programme.StartDate).ToList(),
            labs.Where(l => !placed.ContainsKey(l.Id)).ToList(),
            incontri.Where(i => visibleLabIds.Contains(i.LabId)).OrderBy(i => i.Start).ToList(),
            programmes.Sedi,
            today);
    }

    /// <summary>One programme as the caller may see it, or null if they may not see it at all.</summary>
    public async Task<ProgrammeDetail?> DetailAsync(Caller caller, string programmeId, IReadOnlyList<LabSummary>? knownLabs = null)
    {
        if (await db.Programmes.AsNoTracking().SingleOrDefaultAsync(p => p.Id == programmeId) is not { } programme)
        {
            return null;
        }

        var manages = await programmes.ManagesAsync(caller, programmeId);
        var scope = await cache.ScopeAsync(caller.Id);
        var placedIds = await db.LabPlacements.AsNoTracking().Where(p => p.ProgrammeId == programmeId).Select(p => p.LabId).ToListAsync();
        var labs = (knownLabs ?? await SummariesAsync(caller, placedIds)).Where(l => l.ProgrammeId == programmeId).ToList();
        if (!manages && !scope.Sees(programmeId) && labs.Count == 0)
        {
            return null;
        }

        var edizioni = await db.Edizioni.AsNoTracking().Where(e => e.ProgrammeId == programmeId).ToListAsync();
        var programmeWide = manages || scope.Assignments.Any(a => a.ProgrammeId == programmeId && a.EdizioneId.Length == 0);
        if (!programmeWide)
        {
            var mine = scope.Assignments.Where(a => a.ProgrammeId == programmeId).Select(a => a.EdizioneId).Concat(labs.Select(l => l.EdizioneId ?? string.Empty)).ToHashSet();
            edizioni = edizioni.Where(e => mine.Contains(e.Id)).ToList();
        }

        var percorsoIds = edizioni.Select(e => e.PercorsoId).ToHashSet();
        var percorsi = await db.Percorsi.AsNoTracking().Where(p => p.ProgrammeId == programmeId).ToListAsync();
        var labIds = labs.Select(l => l.Id).ToList();
        return new ProgrammeDetail(
            programme,
            manages,
            // In the order they start (their first edizione), as a programme's calendar reads; then by title.
            percorsi.Where(p => programmeWide || percorsoIds.Contains(p.Id))
                .OrderBy(p => edizioni.Where(e => e.PercorsoId == p.Id).Select(e => (DateOnly?)e.StartDate).Min() ?? DateOnly.MaxValue)
                .ThenBy(p => p.Title, StringComparer.CurrentCulture).ToList(),
            edizioni.OrderBy(e => e.StartDate).ThenBy(e => e.Title).ToList(),
            labs,
            await db.Incontri.AsNoTracking().Where(i => labIds.Contains(i.LabId)).OrderBy(i => i.Date).ThenBy(i => i.Start).ToListAsync(),
            manages ? await db.Assignments.AsNoTracking().Where(a => a.ProgrammeId == programmeId).ToListAsync() : []);
    }

    private async Task<IReadOnlyList<string>> AllLabsAsync() =>
        (await grains.GetGrain<ILabDirectoryGrain>(LabDirectoryGrain.Key).ListAsync()).Select(l => l.Id).ToList();

    private async Task<IReadOnlyList<LabSummary>> SummariesAsync(Caller caller, IEnumerable<string> labIds)
    {
        var placements = await db.LabPlacements.AsNoTracking().ToDictionaryAsync(p => p.LabId);
        var ids = labIds.ToList();
        var adesioni = await db.ForLabsAsync(ids);
        var summaries = new List<LabSummary>();
        foreach (var id in ids)
        {
            if (await access.ResolveAsync(caller, id) is { Lab: { } listed, Actor: { } actor } && listed.WithAdesioni(adesioni) is var lab)
            {
                placements.TryGetValue(id, out var placement);
                summaries.Add(new LabSummary(lab.Id, lab.Definition.Title, lab.Definition.Theme, placement?.ProgrammeId, placement?.EdizioneId, lab.Closed, lab.Enrolled,
                    lab.CreatedAt, actor.Role.ToString().ToLowerInvariant()));
            }
        }

        return summaries.OrderByDescending(l => l.CreatedAt).ToList();
    }
}
