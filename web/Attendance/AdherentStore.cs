using System.Security.Cryptography;
using Laboratori.Contracts;
using Laboratori.Grains.Canvas;
using Laboratori.Grains.Labs;
using Laboratori.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Laboratori.Web.Attendance;

/// <summary>A lab's adesioni: listing, adding by hand or by import (all or nothing), personal links, matching at join, merging.</summary>
public sealed class AdherentStore(LaboratoriDb db, IOptions<LabLimits> limits, TimeProvider time)
{
    /// <summary>Everyone in the lab's list, merged identities included (they point at the one they were merged into).</summary>
    public Task<List<Adherent>> ListAsync(string labId) =>
        db.Set<Adherent>().AsNoTracking().Where(a => a.LabId == labId).OrderBy(a => a.DisplayName).ThenBy(a => a.Id).ToListAsync();

    /// <summary>The member ids of the people erased from the lab.</summary>
    public async Task<HashSet<string>> ErasedAsync(string labId) =>
        (await db.Set<Erasure>().AsNoTracking().Where(e => e.LabId == labId).Select(e => e.MemberId).ToListAsync()).ToHashSet(StringComparer.Ordinal);

    public Task<Adherent?> FindAsync(string labId, string id) =>
        db.Set<Adherent>().SingleOrDefaultAsync(a => a.LabId == labId && a.Id == id);

    public Task<Adherent?> FindMemberAsync(string memberId) =>
        db.Set<Adherent>().AsNoTracking().SingleOrDefaultAsync(a => a.MemberId == memberId);

    public async Task<(Adherent? Added, CanvasError? Error)> AddAsync(string labId, ImportedAdherent person, string kind, string? memberId = null)
    {
        var taken = await KeysAsync(labId);
        if (kind == AdherentKinds.Aderente && taken.Contains(AdherentImport.AdherentKey(person.DisplayName, person.Organisation)))
        {
            return (null, AttendanceErrors.AdherentExists);
        }

        if (taken.Count >= limits.Value.MaxEnrolments)
        {
            return (null, AttendanceErrors.ImportTooMany.With($"Al massimo {limits.Value.MaxEnrolments}.", $"At most {limits.Value.MaxEnrolments}."));
        }

        var adherent = New(labId, person, kind, memberId);
        db.Add(adherent);
        await db.SaveChangesAsync();
        return (adherent, null);
    }

    /// <summary>
    /// The adesione of someone who joined with the lab's code as a new person ("non aderente"), to be saved with their
    /// privacy acknowledgement; null when the list is full (the lab's own enrolment limit still let them in).
    /// </summary>
    public async Task<Adherent?> WalkInAsync(string labId, ImportedAdherent person, string memberId) =>
        (await KeysAsync(labId)).Count >= limits.Value.MaxEnrolments ? null : New(labId, person, AdherentKinds.NonAderente, memberId);

    /// <summary>Imports a CSV or XLSX file: every row is checked first and one failing row imports nothing.</summary>
    public async Task<(int Imported, CanvasError? Error)> ImportAsync(string labId, byte[] file, string? fileName)
    {
        var taken = await KeysAsync(labId);
        var parsed = AdherentImport.Parse(file, fileName, taken, Math.Max(0, limits.Value.MaxEnrolments - taken.Count), limits.Value.MaxTitleLength);
        if (parsed.Error is { } error)
        {
            return (0, error);
        }

        // One SaveChanges is one transaction: the rows are added together or not at all.
        db.AddRange(parsed.People.Select(p => New(labId, p, AdherentKinds.Aderente, null)));
        await db.SaveChangesAsync();
        return (parsed.People.Length, null);
    }

    /// <summary>Issues a new personal link (an older one stops working) and returns its secret.</summary>
    public async Task<Adherent?> IssueLinkAsync(string labId, string id)
    {
        if (await FindAsync(labId, id) is not { MergedInto: null } adherent)
        {
            return null;
        }

        adherent.LinkToken = RandomNumberGenerator.GetHexString(32, lowercase: true);
        adherent.LinkRevoked = false;
        await db.SaveChangesAsync();
        return adherent;
    }

    public async Task<bool> RevokeLinkAsync(string labId, string id)
    {
        if (await FindAsync(labId, id) is not { } adherent)
        {
            return false;
        }

        adherent.LinkRevoked = true;
        await db.SaveChangesAsync();
        return true;
    }

    /// <summary>The adherent a personal link belongs to, or the error to answer (unknown, or revoked).</summary>
    public async Task<(Adherent? Adherent, CanvasError? Error)> ResolveLinkAsync(string? token)
    {
        if (token is not { Length: 32 } || !token.All(char.IsAsciiHexDigitLower))
        {
            return (null, AttendanceErrors.PersonalLinkInvalid);
        }

        var adherent = await db.Set<Adherent>().AsNoTracking().SingleOrDefaultAsync(a => a.LinkToken == token);
        return adherent switch
        {
            null => (null, AttendanceErrors.PersonalLinkInvalid),
            { LinkRevoked: true } or { MergedInto: not null } => (null, AttendanceErrors.PersonalLinkRevoked),
            _ => (adherent, null),
        };
    }

    /// <summary>The person of the lab with this name and organisation, if there is one (to offer at a join with the lab's code).</summary>
    public async Task<Adherent?> MatchAsync(string labId, string displayName, string organisation)
    {
        var key = AdherentImport.AdherentKey(displayName, organisation);
        var candidates = await db.Set<Adherent>().AsNoTracking().Where(a => a.LabId == labId && a.MergedInto == null).ToListAsync();
        return candidates.Where(a => AdherentImport.AdherentKey(a.DisplayName, a.Organisation) == key)
            .OrderBy(a => a.Kind == AdherentKinds.Aderente ? 0 : 1).ThenBy(a => a.CreatedAt).FirstOrDefault();
    }

    /// <summary>
    /// Merges <paramref name="mergedId"/> into <paramref name="keptId"/>: the log keeps both member ids (contributions are
    /// not rewritten), the register and hours count them as one person, and the merged identity's link stops working.
    /// </summary>
    public async Task<CanvasError?> MergeAsync(string labId, string keptId, string mergedId)
    {
        var kept = await FindAsync(labId, keptId);
        var merged = await FindAsync(labId, mergedId);
        if (kept is null || merged is null)
        {
            return AttendanceErrors.AdherentNotFound;
        }

        if (kept.Id == merged.Id || kept.MergedInto is not null || merged.MergedInto is not null)
        {
            return AttendanceErrors.MergeInvalid;
        }

        merged.MergedInto = kept.MemberId;
        merged.LinkRevoked = true;
        if (kept.Kind == AdherentKinds.NonAderente && merged.Kind == AdherentKinds.Aderente)
        {
            kept.Kind = AdherentKinds.Aderente;
        }

        foreach (var earlier in await db.Set<Adherent>().Where(a => a.LabId == labId && a.MergedInto == merged.MemberId).ToListAsync())
        {
            earlier.MergedInto = kept.MemberId;
        }

        await db.SaveChangesAsync();
        return null;
    }

    private async Task<HashSet<string>> KeysAsync(string labId) =>
        (await db.Set<Adherent>().AsNoTracking().Where(a => a.LabId == labId && a.MergedInto == null).Select(a => new { a.DisplayName, a.Organisation }).ToListAsync())
            .Select(a => AdherentImport.AdherentKey(a.DisplayName, a.Organisation)).ToHashSet(StringComparer.Ordinal);

    private Adherent New(string labId, ImportedAdherent person, string kind, string? memberId) => new()
    {
        Id = Ids.New("a-"),
        LabId = labId,
        MemberId = memberId ?? Ids.New("p-"),
        DisplayName = person.DisplayName,
        Organisation = person.Organisation,
        Sector = person.Sector,
        Email = person.Email,
        Kind = kind,
        CreatedAt = time.GetUtcNow(),
    };
}
