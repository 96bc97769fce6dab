using Laboratori.Contracts;
using Laboratori.Web.Attendance;
using Laboratori.Contracts.History;
using Laboratori.Contracts.Labs;
using Laboratori.Grains.Cohesion;
using Laboratori.Web.Auth;
using Laboratori.Web.Data;
using Laboratori.Web.Programmes;
using Microsoft.EntityFrameworkCore;

namespace Laboratori.Web.Documents;

/// <summary>Reads what documents need: one lab's dossier, or an edizione's or programme's labs that the caller may open as staff.</summary>
public sealed class DossierReader(LaboratoriDb db, IGrainFactory grains, IAttendanceFigures attendance, ProgrammeStore programmes, LabAccess access, RosterNames names)
{
    public async Task<LabDossier> LabAsync(LabInfo lab)
    {
        var events = await names.NameAsync(lab.Id, await grains.GetGrain<IHistoryGrain>(lab.Id).GetAllEventsAsync());
        var roster = await grains.GetGrain<ILaboratorioGrain>(lab.Id).GetRosterAsync();
        var input = new CohesionInput(lab.Id, CohesionFold.Fold(null, events), roster.Length);
        var placement = await db.LabPlacements.AsNoTracking().SingleOrDefaultAsync(p => p.LabId == lab.Id);
        var context = placement is null ? DocumentContext.Alone : await ContextAsync(placement.ProgrammeId, placement.EdizioneId);
        if (context.Sede.Length == 0)
        {
            context = context with { Sede = lab.Definition.Sede };
        }

        var planned = await db.Incontri.AsNoTracking().Where(i => i.LabId == lab.Id).OrderBy(i => i.Date).ThenBy(i => i.Start).ToListAsync();
        return new LabDossier(lab, context, events, input, await attendance.ForLabAsync(lab.Id, input), planned);
    }

    /// <summary>
    /// The edizione (<paramref name="edizione"/>) or programme with the labs placed in it that the caller opens as
    /// staff; forbidden when the caller neither manages the programme nor opens any of its labs.
    /// </summary>
    public async Task<(DocumentScope? Scope, CanvasError? Error)> ScopeAsync(Caller caller, bool edizione, string id)
    {
        string programmeId;
        string? edizioneId = null;
        string title;
        string kind;
        if (edizione)
        {
            if (await db.Edizioni.AsNoTracking().SingleOrDefaultAsync(e => e.Id == id) is not { } found)
            {
                return (null, ProgrammeErrors.EdizioneNotFound);
            }

            (programmeId, edizioneId, title, kind) = (found.ProgrammeId, found.Id, found.Title, "edizione");
        }
        else if (await db.Programmes.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id) is { } programme)
        {
            (programmeId, title, kind) = (programme.Id, programme.Title, "programma");
        }
        else
        {
            return (null, ProgrammeErrors.ProgrammeNotFound);
        }

        var labIds = await db.LabPlacements.AsNoTracking()
            .Where(p => p.ProgrammeId == programmeId && (edizioneId == null || p.EdizioneId == edizioneId)).Select(p => p.LabId).ToListAsync();
        var labs = new List<LabInfo>();
        foreach (var labId in labIds)
        {
            if (await access.ResolveAsync(caller, labId) is { Lab: { } lab, Actor.Role: not Role.Participant })
            {
                labs.Add(lab);
            }
        }

        if (labs.Count == 0 && !await programmes.ManagesAsync(caller, programmeId))
        {
            return (null, Errors.Forbidden);
        }

        var dossiers = new List<LabDossier>();
        foreach (var lab in labs.OrderBy(l => l.CreatedAt))
        {
            dossiers.Add(await LabAsync(lab));
        }

        return (new DocumentScope(id, kind, title, await ContextAsync(programmeId, edizioneId), dossiers), null);
    }

    private async Task<DocumentContext> ContextAsync(string programmeId, string? edizioneId)
    {
        var programme = await db.Programmes.AsNoTracking().SingleOrDefaultAsync(p => p.Id == programmeId);
        var edizione = edizioneId is null ? null : await db.Edizioni.AsNoTracking().SingleOrDefaultAsync(e => e.Id == edizioneId);
        var percorso = edizione is null ? null : await db.Percorsi.AsNoTracking().SingleOrDefaultAsync(p => p.Id == edizione.PercorsoId);
        var sede = edizione is null ? string.Empty : programmes.Sedi.FirstOrDefault(s => s.Id == edizione.SedeId)?.Name ?? string.Empty;
        return new DocumentContext(programme, percorso, edizione, sede);
    }
}
