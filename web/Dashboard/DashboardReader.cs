using System.Text.Json;
using Laboratori.Contracts;
using Laboratori.Contracts.History;
using Laboratori.Contracts.Labs;
using Laboratori.Web.Auth;
using Laboratori.Web.Data;
using Laboratori.Web.Programmes;
using Microsoft.EntityFrameworkCore;

namespace Laboratori.Web.Dashboard;

/// <summary>Gathers a programme's structure from the database and its labs' facts from the grains, for its managers and trainers.</summary>
public sealed class DashboardReader(LaboratoriDb db, ProgrammeStore programmes, ProgrammeCache cache, IGrainFactory grains, TimeProvider time)
{
    public async Task<(DashboardView? View, CanvasError? Error)> ReadAsync(Caller caller, string programmeId, DashboardFilter filter)
    {
        if (await db.Programmes.AsNoTracking().SingleOrDefaultAsync(p => p.Id == programmeId) is not { } programme)
        {
            return (null, ProgrammeErrors.ProgrammeNotFound);
        }

        var programmeWide = (await cache.ScopeAsync(caller.Id)).Assignments.Any(a => a.ProgrammeId == programmeId && a.EdizioneId.Length == 0);
        if (!programmeWide && !await programmes.ManagesAsync(caller, programmeId))
        {
            return (null, Errors.Forbidden);
        }

        var percorsi = await db.Percorsi.AsNoTracking().Where(p => p.ProgrammeId == programmeId).ToListAsync();
        var edizioni = await db.Edizioni.AsNoTracking().Where(e => e.ProgrammeId == programmeId).OrderBy(e => e.StartDate).ThenBy(e => e.Title).ToListAsync();
        var placements = await db.LabPlacements.AsNoTracking().Where(p => p.ProgrammeId == programmeId).ToListAsync();
        var labIds = placements.Select(p => p.LabId).ToList();
        var incontri = await db.Incontri.AsNoTracking().Where(i => labIds.Contains(i.LabId)).ToListAsync();
        var facts = new Dictionary<string, LabFacts>();
        foreach (var labId in labIds)
        {
            if (await FactsAsync(labId) is { } lab)
            {
                facts[labId] = lab;
            }
        }

        return (DashboardCalculator.Compute(programme, percorsi, edizioni, programmes.Sedi, placements, incontri, facts, filter, time.GetUtcNow()), null);
    }

    private async Task<LabFacts?> FactsAsync(string labId)
    {
        var laboratorio = grains.GetGrain<ILaboratorioGrain>(labId);
        if (await laboratorio.GetAsync() is not { } lab)
        {
            return null;
        }

        var roster = await laboratorio.GetRosterAsync();
        var events = await grains.GetGrain<IHistoryGrain>(labId).GetAllEventsAsync();
        var joins = new Dictionary<string, List<DateTimeOffset>>();
        foreach (var join in events.Where(e => e.Type == "member.join"))
        {
            var member = MemberOf(join);
            if (!joins.TryGetValue(member, out var times))
            {
                joins[member] = times = [];
            }

            times.Add(join.At);
        }

        return new LabFacts(labId, lab.Definition.Title, roster, joins.ToDictionary(j => j.Key, j => (IReadOnlyList<DateTimeOffset>)j.Value),
            events.Count(e => e.Type == "card.add"), events.Count(e => e.Type == "link.add"), events.Count(e => e.Type == "vote.cast"));
    }

    private static string MemberOf(CanvasEvent join)
    {
        using var payload = JsonDocument.Parse(join.Payload);
        return payload.RootElement.TryGetProperty("memberId", out var id) && id.GetString() is { } memberId ? memberId : join.Author;
    }
}
