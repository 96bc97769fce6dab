using Laboratori.Contracts;
using Laboratori.Contracts.Labs;
using Laboratori.Grains.Canvas;
using Laboratori.Grains.Labs;
using Laboratori.Web.Auth;
using Laboratori.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Laboratori.Web.Programmes;

/// <summary>
/// Programmes, percorsi, edizioni and staff assignments: every change checks the caller's right over the programme
/// (admin, or its coordinator) and the input, and either applies completely or changes nothing.
/// </summary>
public sealed class ProgrammeStore(LaboratoriDb db, ProgrammeCache cache, IGrainFactory grains, IOptions<ProgrammeOptions> options, TimeProvider time)
{
    public IReadOnlyList<Sede> Sedi => options.Value.Effective;

    /// <summary>Whether the caller manages the programme: an admin, or one of its coordinators.</summary>
    public async Task<bool> ManagesAsync(Caller caller, string programmeId) =>
        caller.AccountRole == StaffRoles.Admin || (caller.AccountRole == StaffRoles.Coordinator && (await cache.ScopeAsync(caller.Id)).Coordinates(programmeId));

    public async Task<(Programme? Value, CanvasError? Error)> CreateProgrammeAsync(Caller caller, ProgrammeRequest request)
    {
        if (caller.AccountRole is not (StaffRoles.Admin or StaffRoles.Coordinator))
        {
            return (null, Errors.Forbidden);
        }

        if (ProgrammeRules.Programme(request) is { } error)
        {
            return (null, error);
        }

        var programme = new Programme { Id = Ids.New("prg-"), CreatedAt = time.GetUtcNow() };
        Apply(programme, request);
        db.Programmes.Add(programme);
        if (caller.AccountRole == StaffRoles.Coordinator)
        {
            db.Assignments.Add(new Assignment { Id = Ids.New("asg-"), UserId = caller.Id, Role = StaffRoles.Coordinator, ProgrammeId = programme.Id });
        }

        await db.SaveChangesAsync();
        cache.ForgetScope(caller.Id);
        return (programme, null);
    }

    public async Task<(Programme? Value, CanvasError? Error)> UpdateProgrammeAsync(Caller caller, string id, ProgrammeRequest request)
    {
        var (programme, denied) = await ManagedProgrammeAsync(caller, id);
        if (programme is null)
        {
            return (null, denied);
        }

        if (ProgrammeRules.Programme(request) is { } error)
        {
            return (null, error);
        }

        if (await db.Edizioni.AnyAsync(e => e.ProgrammeId == id && (e.StartDate < request.StartDate || e.EndDate > request.EndDate)))
        {
            return (null, ProgrammeErrors.DatesInvalid.With("Alcune edizioni uscirebbero dal periodo.", "Some editions would fall outside the period."));
        }

        Apply(programme, request);
        await db.SaveChangesAsync();
        return (programme, null);
    }

    public async Task<(Percorso? Value, CanvasError? Error)> AddPercorsoAsync(Caller caller, string programmeId, PercorsoRequest request)
    {
        var (programme, denied) = await ManagedProgrammeAsync(caller, programmeId, forChange: true);
        if (programme is null)
        {
            return (null, denied);
        }

        if (ProgrammeRules.Percorso(request) is { } error)
        {
            return (null, error);
        }

        var percorso = new Percorso { Id = Ids.New("prc-"), ProgrammeId = programmeId };
        Apply(percorso, request);
        db.Percorsi.Add(percorso);
        await db.SaveChangesAsync();
        return (percorso, null);
    }

    public async Task<(Percorso? Value, CanvasError? Error)> UpdatePercorsoAsync(Caller caller, string id, PercorsoRequest request)
    {
        if (await db.Percorsi.FindAsync(id) is not { } percorso)
        {
            return (null, ProgrammeErrors.PercorsoNotFound);
        }

        var (programme, denied) = await ManagedProgrammeAsync(caller, percorso.ProgrammeId, forChange: true);
        if (programme is null)
        {
            return (null, denied);
        }

        if (ProgrammeRules.Percorso(request) is { } error)
        {
            return (null, error);
        }

        Apply(percorso, request);
        await db.SaveChangesAsync();
        return (percorso, null);
    }

    public async Task<(Edizione? Value, CanvasError? Error)> AddEdizioneAsync(Caller caller, string percorsoId, EdizioneRequest request)
    {
        if (await db.Percorsi.FindAsync(percorsoId) is not { } percorso)
        {
            return (null, ProgrammeErrors.PercorsoNotFound);
        }

        var (programme, denied) = await ManagedProgrammeAsync(caller, percorso.ProgrammeId, forChange: true);
        if (programme is null)
        {
            return (null, denied);
        }

        if (percorso.Archived)
        {
            return (null, ProgrammeErrors.Archived);
        }

        if (ProgrammeRules.Edizione(request, programme, Sedi) is { } error)
        {
            return (null, error);
        }

        var count = await db.Edizioni.CountAsync(e => e.PercorsoId == percorsoId);
        var edizione = new Edizione { Id = Ids.New("edz-"), PercorsoId = percorsoId, ProgrammeId = programme.Id };
        Apply(edizione, request, $"Edizione {count + 1}");
        db.Edizioni.Add(edizione);
        await db.SaveChangesAsync();
        return (edizione, null);
    }

    public async Task<(Edizione? Value, CanvasError? Error)> UpdateEdizioneAsync(Caller caller, string id, EdizioneRequest request)
    {
        if (await db.Edizioni.FindAsync(id) is not { } edizione)
        {
            return (null, ProgrammeErrors.EdizioneNotFound);
        }

        var (programme, denied) = await ManagedProgrammeAsync(caller, edizione.ProgrammeId, forChange: true);
        if (programme is null)
        {
            return (null, denied);
        }

        if (ProgrammeRules.Edizione(request, programme, Sedi) is { } error)
        {
            return (null, error);
        }

        Apply(edizione, request, edizione.Title);
        await db.SaveChangesAsync();
        return (edizione, null);
    }

    /// <summary>Archives or restores a programme (<c>prg-</c>), percorso (<c>prc-</c>) or edizione (<c>edz-</c>).</summary>
    public async Task<CanvasError?> ArchiveAsync(Caller caller, string id, bool archived)
    {
        var (programmeId, notFound) = await ProgrammeOfAsync(id);
        if (programmeId is null)
        {
            return notFound;
        }

        var (programme, denied) = await ManagedProgrammeAsync(caller, programmeId);
        if (programme is null)
        {
            return denied;
        }

        switch (id[..4])
        {
            case "prg-": programme.Archived = archived; break;
            case "prc-": (await db.Percorsi.FindAsync(id))!.Archived = archived; break;
            default: (await db.Edizioni.FindAsync(id))!.Archived = archived; break;
        }

        await db.SaveChangesAsync();
        return null;
    }

    /// <summary>Deletes a programme, percorso or edizione with what it holds, unless a lab in it has recorded activity.</summary>
    public async Task<CanvasError?> DeleteAsync(Caller caller, string id)
    {
        var (programmeId, notFound) = await ProgrammeOfAsync(id);
        if (programmeId is null)
        {
            return notFound;
        }

        var (programme, denied) = await ManagedProgrammeAsync(caller, programmeId);
        if (programme is null)
        {
            return denied;
        }

        var edizioni = id[..4] switch
        {
            "prg-" => await db.Edizioni.Where(e => e.ProgrammeId == id).Select(e => e.Id).ToListAsync(),
            "prc-" => await db.Edizioni.Where(e => e.PercorsoId == id).Select(e => e.Id).ToListAsync(),
            _ => [id],
        };
        var labs = await db.LabPlacements.Where(p => edizioni.Contains(p.EdizioneId)).ToListAsync();
        foreach (var lab in labs)
        {
            if (await HasActivityAsync(lab.LabId))
            {
                return ProgrammeErrors.HasLabActivity;
            }
        }

        db.LabPlacements.RemoveRange(labs);
        var labIds = labs.Select(l => l.LabId).ToList();
        db.Incontri.RemoveRange(await db.Incontri.Where(i => labIds.Contains(i.LabId)).ToListAsync());
        db.Assignments.RemoveRange(await db.Assignments.Where(a => edizioni.Contains(a.EdizioneId) || (id == programmeId && a.ProgrammeId == id)).ToListAsync());
        db.Edizioni.RemoveRange(await db.Edizioni.Where(e => edizioni.Contains(e.Id)).ToListAsync());
        if (id.StartsWith("prc-", StringComparison.Ordinal) || id == programmeId)
        {
            db.Percorsi.RemoveRange(await db.Percorsi.Where(p => p.Id == id || (id == programmeId && p.ProgrammeId == id)).ToListAsync());
        }

        if (id == programmeId)
        {
            db.Programmes.Remove(programme);
        }

        await db.SaveChangesAsync();
        foreach (var lab in labs)
        {
            cache.ForgetPlacement(lab.LabId);
        }

        return null;
    }

    public async Task<(Assignment? Value, CanvasError? Error)> AssignAsync(Caller caller, string programmeId, AssignmentRequest request)
    {
        var (programme, denied) = await ManagedProgrammeAsync(caller, programmeId, forChange: true);
        if (programme is null)
        {
            return (null, denied);
        }

        var edizioneId = request.EdizioneId ?? string.Empty;
        if (edizioneId.Length > 0 && await db.Edizioni.AsNoTracking().SingleOrDefaultAsync(e => e.Id == edizioneId) is not { } edizione)
        {
            return (null, ProgrammeErrors.EdizioneNotFound);
        }

        if (edizioneId.Length > 0 && !await db.Edizioni.AnyAsync(e => e.Id == edizioneId && e.ProgrammeId == programmeId))
        {
            return (null, ProgrammeErrors.OtherProgramme);
        }

        var allowed = edizioneId.Length == 0 ? new[] { StaffRoles.Coordinator, StaffRoles.Trainer } : [StaffRoles.Facilitator, StaffRoles.Tutor, StaffRoles.Trainer];
        if (request.Role is null || !allowed.Contains(request.Role))
        {
            return (null, AccountErrors.RoleUnknown.With($"Qui: {string.Join(", ", allowed)}.", $"Here: {string.Join(", ", allowed)}."));
        }

        if (request.UserId is null || await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == request.UserId) is not { } user)
        {
            return (null, AccountErrors.AccountNotFound);
        }

        var existing = await db.Assignments.SingleOrDefaultAsync(a => a.UserId == user.Id && a.ProgrammeId == programmeId && a.EdizioneId == edizioneId);
        if (existing is null)
        {
            existing = new Assignment { Id = Ids.New("asg-"), UserId = user.Id, ProgrammeId = programmeId, EdizioneId = edizioneId };
            db.Assignments.Add(existing);
        }

        existing.Role = request.Role;
        await db.SaveChangesAsync();
        cache.ForgetScope(user.Id);
        return (existing, null);
    }

    public async Task<CanvasError?> UnassignAsync(Caller caller, string programmeId, string assignmentId)
    {
        var (programme, denied) = await ManagedProgrammeAsync(caller, programmeId);
        if (programme is null)
        {
            return denied;
        }

        if (await db.Assignments.SingleOrDefaultAsync(a => a.Id == assignmentId && a.ProgrammeId == programmeId) is not { } assignment)
        {
            return AccountErrors.AccountNotFound;
        }

        db.Assignments.Remove(assignment);
        await db.SaveChangesAsync();
        cache.ForgetScope(assignment.UserId);
        return null;
    }

    /// <summary>Whether a lab has anything beyond its creation: enrolments or canvas events.</summary>
    public async Task<bool> HasActivityAsync(string labId) =>
        await grains.GetGrain<ILaboratorioGrain>(labId).GetAsync() is { } lab
        && (lab.Enrolled > 0 || (await grains.GetGrain<ICanvasGrain>(labId).GetCommittedAsync(0, 1)).LastSeq > 1);

    /// <summary>The programme if the caller manages it; else why not (not found, or forbidden).</summary>
    public async Task<(Programme? Programme, CanvasError? Error)> ManagedProgrammeAsync(Caller caller, string id, bool forChange = false)
    {
        if (await db.Programmes.FindAsync(id) is not { } programme)
        {
            return (null, ProgrammeErrors.ProgrammeNotFound);
        }

        if (!await ManagesAsync(caller, id))
        {
            return (null, Errors.Forbidden);
        }

        return forChange && programme.Archived ? (null, ProgrammeErrors.Archived) : (programme, null);
    }

    private async Task<(string? ProgrammeId, CanvasError? Error)> ProgrammeOfAsync(string id) =>
        id.Length > 4 ? id[..4] switch
        {
            "prg-" => await db.Programmes.AnyAsync(p => p.Id == id) ? (id, null) : (null, ProgrammeErrors.ProgrammeNotFound),
            "prc-" => await db.Percorsi.Where(p => p.Id == id).Select(p => p.ProgrammeId).SingleOrDefaultAsync() is { } p ? (p, null) : (null, ProgrammeErrors.PercorsoNotFound),
            "edz-" => await db.Edizioni.Where(e => e.Id == id).Select(e => e.ProgrammeId).SingleOrDefaultAsync() is { } e ? (e, null) : (null, ProgrammeErrors.EdizioneNotFound),
            _ => (null, ProgrammeErrors.ProgrammeNotFound),
        } : (null, ProgrammeErrors.ProgrammeNotFound);

    private static void Apply(Programme programme, ProgrammeRequest r)
    {
        programme.Title = ProgrammeRules.Clean(r.Title);
        programme.Fund = r.Fund ?? Funds.FsePlus;
        programme.Cup = ProgrammeRules.Clean(r.Cup).ToUpperInvariant();
        programme.StartDate = r.StartDate!.Value;
        programme.EndDate = r.EndDate!.Value;
        programme.OwnerBody = ProgrammeRules.Clean(r.OwnerBody);
    }

    private static void Apply(Percorso percorso, PercorsoRequest r)
    {
        percorso.Title = ProgrammeRules.Clean(r.Title);
        percorso.TargetGroup = ProgrammeRules.Clean(r.TargetGroup);
        percorso.PlannedHours = r.PlannedHours ?? 0;
        percorso.CertificateThreshold = r.CertificateThreshold ?? 70;
        percorso.TemplateId = string.IsNullOrWhiteSpace(r.TemplateId) ? Templates.Default : r.TemplateId;
    }

    private static void Apply(Edizione edizione, EdizioneRequest r, string defaultTitle)
    {
        edizione.Title = string.IsNullOrWhiteSpace(r.Title) ? defaultTitle : r.Title.Trim();
        edizione.SedeId = r.SedeId!;
        edizione.StartDate = r.StartDate!.Value;
        edizione.EndDate = r.EndDate!.Value;
    }
}
