using Laboratori.Grains.Canvas;
using Laboratori.Grains.Canvas.Operations;
using Laboratori.Contracts;
using Laboratori.Contracts.Labs;
using Laboratori.Grains.Labs;
using Laboratori.Web.Api;
using Laboratori.Web.Auth;
using Laboratori.Web.Data;
using Laboratori.Web.ProgrammeTemplates;
using Microsoft.EntityFrameworkCore;

namespace Laboratori.Web.Programmes;

/// <summary>Labs in the structure: making a lab in an edizione, moving a lab into one or out, planning its incontri.</summary>
public sealed class LabPlanning(LaboratoriDb db, ProgrammeStore programmes, ProgrammeCache cache, LabAccess access, IGrainFactory grains, TemplateStore templates)
{
    /// <summary>Who may put labs in an edizione: its programme's managers and the edizione's facilitators.</summary>
    public async Task<(Edizione? Edizione, CanvasError? Error)> WorkableEdizioneAsync(Caller caller, string edizioneId)
    {
        if (await db.Edizioni.AsNoTracking().SingleOrDefaultAsync(e => e.Id == edizioneId) is not { } edizione)
        {
            return (null, ProgrammeErrors.EdizioneNotFound);
        }

        var facilitates = caller.AccountRole == StaffRoles.Facilitator && (await cache.ScopeAsync(caller.Id)).RoleIn(edizione.ProgrammeId, edizione.Id) == StaffRoles.Facilitator;
        if (!facilitates && !await programmes.ManagesAsync(caller, edizione.ProgrammeId))
        {
            return (null, Errors.Forbidden);
        }

        return edizione.Archived ? (null, ProgrammeErrors.Archived) : (edizione, null);
    }

    /// <summary>A new lab in the edizione; its percorso, edizione and sede names and its default template come from the structure.</summary>
    public async Task<(LabInfo? Lab, CanvasError? Error)> CreateLabAsync(Caller caller, string edizioneId, CreateLabRequest request)
    {
        var (edizione, denied) = await WorkableEdizioneAsync(caller, edizioneId);
        if (edizione is null)
        {
            return (null, denied);
        }

        var title = request.Title?.Trim() ?? string.Empty;
        var percorso = await db.Percorsi.AsNoTracking().SingleAsync(p => p.Id == edizione.PercorsoId);
        var templateId = string.IsNullOrWhiteSpace(request.TemplateId) ? percorso.TemplateId : request.TemplateId;
        var error = Rules.Text(title, ProgrammeRules.MaxTitle)
            ?? (string.IsNullOrWhiteSpace(request.Theme) ? null : Rules.Text(request.Theme.Trim(), ProgrammeRules.MaxTitle))
            ?? (string.IsNullOrWhiteSpace(request.Mandate) ? null : Rules.Text(request.Mandate.Trim(), ProgrammeRules.MaxText));
        if (error is not null)
        {
            return (null, error);
        }

        // A built-in template by its id, else one of the programme's own at the version asked for (its latest if none):
        // the lab records that version and keeps it, whatever is saved after.
        var template = Templates.All.GetValueOrDefault(templateId);
        if (template is null)
        {
            (template, error) = templateId.StartsWith("tpl-", StringComparison.Ordinal)
                ? await templates.LabTemplateAsync(edizione.ProgrammeId, templateId, request.TemplateVersion)
                : (null, Errors.BadRequest.With("Modello sconosciuto.", "Unknown template."));
            if (template is null)
            {
                return (null, error);
            }
        }

        var sede = programmes.Sedi.FirstOrDefault(s => s.Id == edizione.SedeId)?.Name ?? string.Empty;
        var definition = new LabDefinition(title, ProgrammeRules.Clean(request.Theme), ProgrammeRules.Clean(request.Mandate), percorso.Title, edizione.Title, sede, templateId, template.Version);
        var created = await grains.GetGrain<ILaboratorioGrain>(Ids.New("lab-")).CreateFromTemplateAsync(new Actor(caller.Id, Role.Facilitator, caller.DisplayName), definition, template);
        if (created.Lab is not { } lab)
        {
            return (null, created.Error ?? Errors.Unavailable);
        }

        db.LabPlacements.Add(new LabPlacement { LabId = lab.Id, ProgrammeId = edizione.ProgrammeId, EdizioneId = edizione.Id });
        await db.SaveChangesAsync();
        cache.ForgetPlacement(lab.Id);
        return (lab, null);
    }

    /// <summary>Moves a lab the caller runs into an edizione they may work in, or (null) out of any.</summary>
    public async Task<CanvasError?> PlaceAsync(Caller caller, string labId, string? edizioneId)
    {
        var found = await access.ResolveAsync(caller, labId);
        if (found.Actor is not { IsStaffRunner: true })
        {
            return found.Error ?? Errors.Forbidden;
        }

        var current = await db.LabPlacements.SingleOrDefaultAsync(p => p.LabId == labId);
        if (current is not null && !await programmes.ManagesAsync(caller, current.ProgrammeId) && edizioneId is null)
        {
            return Errors.Forbidden;
        }

        if (edizioneId is not null)
        {
            var (edizione, denied) = await WorkableEdizioneAsync(caller, edizioneId);
            if (edizione is null)
            {
                return denied;
            }

            if (current is not null && current.ProgrammeId != edizione.ProgrammeId && !await programmes.ManagesAsync(caller, current.ProgrammeId))
            {
                return ProgrammeErrors.OtherProgramme;
            }

            if (current is null)
            {
                db.LabPlacements.Add(new LabPlacement { LabId = labId, ProgrammeId = edizione.ProgrammeId, EdizioneId = edizione.Id });
            }
            else
            {
                current.ProgrammeId = edizione.ProgrammeId;
                current.EdizioneId = edizione.Id;
            }
        }
        else if (current is not null)
        {
            db.LabPlacements.Remove(current);
        }

        await db.SaveChangesAsync();
        cache.ForgetPlacement(labId);
        return null;
    }

    public async Task<(IReadOnlyList<Incontro>? Value, CanvasError? Error)> IncontriAsync(Caller caller, string labId)
    {
        var found = await access.ResolveAsync(caller, labId);
        return found.Actor is { Role: not Role.Participant }
            ? (await db.Incontri.AsNoTracking().Where(i => i.LabId == labId).OrderBy(i => i.Date).ThenBy(i => i.Start).ToListAsync(), null)
            : (null, found.Error ?? Errors.Forbidden);
    }

    public async Task<(Incontro? Value, CanvasError? Error)> SaveIncontroAsync(Caller caller, string labId, string? incontroId, IncontroRequest request)
    {
        var found = await access.ResolveAsync(caller, labId);
        if (found.Actor is not { IsStaffRunner: true })
        {
            return (null, found.Error ?? Errors.Forbidden);
        }

        if (ProgrammeRules.Incontro(request, programmes.Sedi) is { } error)
        {
            return (null, error);
        }

        var incontro = incontroId is null ? new Incontro { Id = Ids.New("inc-"), LabId = labId } : await db.Incontri.SingleOrDefaultAsync(i => i.Id == incontroId && i.LabId == labId);
        if (incontro is null)
        {
            return (null, ProgrammeErrors.IncontroNotFound);
        }

        if (await db.LabPlacements.AsNoTracking().SingleOrDefaultAsync(p => p.LabId == labId) is { } placement
            && await db.Edizioni.AsNoTracking().SingleOrDefaultAsync(e => e.Id == placement.EdizioneId) is { } edizione
            && (request.Date < edizione.StartDate || request.Date > edizione.EndDate))
        {
            return (null, ProgrammeErrors.DatesInvalid.With($"L'edizione va dal {edizione.StartDate:dd/MM/yyyy} al {edizione.EndDate:dd/MM/yyyy}.", $"The edition runs {edizione.StartDate:yyyy-MM-dd} to {edizione.EndDate:yyyy-MM-dd}."));
        }

        var sameDay = await db.Incontri.AsNoTracking().Where(i => i.LabId == labId && i.Date == request.Date && i.Id != incontro.Id).ToListAsync();
        if (sameDay.Any(i => i.Start < request.End && request.Start < i.End))
        {
            return (null, ProgrammeErrors.DatesOverlap);
        }

        incontro.Date = request.Date!.Value;
        incontro.Start = request.Start!.Value;
        incontro.End = request.End!.Value;
        incontro.PlannedHours = request.PlannedHours ?? (decimal)(request.End.Value - request.Start.Value).TotalHours;
        incontro.Mode = request.Mode ?? "presenza";
        incontro.SedeId = request.SedeId ?? string.Empty;
        if (incontroId is null)
        {
            db.Incontri.Add(incontro);
        }

        await db.SaveChangesAsync();
        return (incontro, null);
    }

    public async Task<CanvasError?> DeleteIncontroAsync(Caller caller, string labId, string incontroId)
    {
        var found = await access.ResolveAsync(caller, labId);
        if (found.Actor is not { IsStaffRunner: true })
        {
            return found.Error ?? Errors.Forbidden;
        }

        if (await db.Incontri.SingleOrDefaultAsync(i => i.Id == incontroId && i.LabId == labId) is not { } incontro)
        {
            return ProgrammeErrors.IncontroNotFound;
        }

        db.Incontri.Remove(incontro);
        await db.SaveChangesAsync();
        return null;
    }
}
