using Laboratori.Contracts;
using Laboratori.Grains.Canvas;
using Laboratori.Grains.Canvas.Operations;
using Laboratori.Grains.Labs;
using Laboratori.Web.Attendance;
using Laboratori.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Laboratori.Web.Enti;

/// <summary>A programme's register of enti: listing, adding, correcting and removing, and finding the ente a join or an adesione names.</summary>
public sealed class EnteStore(LaboratoriDb db, IOptions<LabLimits> limits, TimeProvider time)
{
    public Task<List<Ente>> ListAsync(string programmeId) =>
        db.Set<Ente>().AsNoTracking().Where(e => e.ProgrammeId == programmeId).OrderBy(e => e.Name).ThenBy(e => e.Id).ToListAsync();

    /// <summary>The register of the programme the lab is placed in (empty for a lab that stands alone).</summary>
    public async Task<List<Ente>> ForLabAsync(string labId) =>
        await db.LabPlacements.AsNoTracking().Where(p => p.LabId == labId).Select(p => p.ProgrammeId).SingleOrDefaultAsync() is { } programmeId
            ? await ListAsync(programmeId)
            : [];

    /// <summary>The ente <paramref name="enteId"/> of the lab's programme, or null.</summary>
    public async Task<Ente?> FindForLabAsync(string labId, string enteId) =>
        (await ForLabAsync(labId)).FirstOrDefault(e => e.Id == enteId);

    public async Task<(Ente? Value, CanvasError? Error)> AddAsync(string programmeId, EnteRequest request)
    {
        var (name, type, sector, error) = Check(request);
        if (error is not null)
        {
            return (null, error);
        }

        if (await TakenAsync(programmeId, name, except: null))
        {
            return (null, EntiErrors.Exists);
        }

        var ente = new Ente { Id = Ids.New("en-"), ProgrammeId = programmeId, Name = name, Type = type, Sector = sector, CreatedAt = time.GetUtcNow() };
        db.Add(ente);
        await db.SaveChangesAsync();
        return (ente, null);
    }

    public async Task<(Ente? Value, CanvasError? Error)> UpdateAsync(Ente ente, EnteRequest request)
    {
        var (name, type, sector, error) = Check(request);
        if (error is not null)
        {
            return (null, error);
        }

        if (await TakenAsync(ente.ProgrammeId, name, except: ente.Id))
        {
            return (null, EntiErrors.Exists);
        }

        (ente.Name, ente.Type, ente.Sector) = (name, type, sector);
        await db.SaveChangesAsync();
        return (ente, null);
    }

    public async Task RemoveAsync(Ente ente)
    {
        db.Remove(ente);
        await db.SaveChangesAsync();
    }

    public Task<Ente?> FindAsync(string id) => db.Set<Ente>().SingleOrDefaultAsync(e => e.Id == id);

    /// <summary>Names are compared as people would: case and repeated spaces do not make another ente.</summary>
    public static string Key(string name) => string.Join(' ', name.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToUpperInvariant();

    private (string Name, string Type, string Sector, CanvasError? Error) Check(EnteRequest request)
    {
        var name = string.Join(' ', (request.Name ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries));
        if (Rules.Text(name, limits.Value.MaxTitleLength) is { } invalid)
        {
            return (name, string.Empty, string.Empty, invalid);
        }

        if (EnteTypes.Find(request.Type) is not { } type)
        {
            return (name, string.Empty, string.Empty, EntiErrors.TypeUnknown);
        }

        var sector = string.IsNullOrWhiteSpace(request.Sector) ? type.Sector : AdherentSectors.Normalize(request.Sector);
        return sector is null
            ? (name, type.Id, string.Empty, AttendanceErrors.ImportRowInvalid.With("Settore sconosciuto.", "Unknown sector."))
            : (name, type.Id, sector, null);
    }

    private async Task<bool> TakenAsync(string programmeId, string name, string? except) =>
        (await db.Set<Ente>().AsNoTracking().Where(e => e.ProgrammeId == programmeId && e.Id != except).Select(e => e.Name).ToListAsync())
            .Any(n => Key(n) == Key(name));
}
