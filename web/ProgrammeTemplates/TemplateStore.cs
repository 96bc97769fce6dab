using System.Collections.Immutable;
using System.Text.Json;
using Laboratori.Contracts;
using Laboratori.Grains.Canvas;
using Laboratori.Grains.Labs;
using Laboratori.Web.Auth;
using Laboratori.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Laboratori.Web.ProgrammeTemplates;

/// <summary>
/// A programme's own templates, each a series of immutable versions, beside the built-in ones. Who may read and save
/// is decided by <see cref="TemplatesApi"/>; this store validates what is saved and never changes a saved version.
/// </summary>
public sealed class TemplateStore(LaboratoriDb db, IOptions<LabLimits> limits, TimeProvider time)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The built-in templates, then the programme's own (their latest versions), by name.</summary>
    public async Task<ImmutableArray<TemplateView>> ListAsync(string programmeId)
    {
        var rows = await db.Set<ProgrammeTemplate>().AsNoTracking().Where(t => t.ProgrammeId == programmeId).ToListAsync();
        var own = rows.GroupBy(r => r.TemplateKey)
            .Select(g => View(g.MaxBy(r => r.Version)!, g))
            .OrderBy(v => v.Name, StringComparer.CurrentCulture);
        return [.. BuiltIns(), .. own];
    }

    /// <summary>The programme's template <paramref name="key"/> at <paramref name="version"/> (the latest if null), or null.</summary>
    public async Task<TemplateView?> GetAsync(string programmeId, string key, int? version = null)
    {
        var rows = await db.Set<ProgrammeTemplate>().AsNoTracking().Where(t => t.ProgrammeId == programmeId && t.TemplateKey == key).ToListAsync();
        var chosen = version is null ? rows.MaxBy(r => r.Version) : rows.Find(r => r.Version == version);
        return chosen is null ? null : View(chosen, rows);
    }

    /// <summary>What a lab made from the programme's template <paramref name="key"/> at <paramref name="version"/> (latest if null) starts with.</summary>
    public async Task<(LabTemplate? Value, CanvasError? Error)> LabTemplateAsync(string programmeId, string key, int? version)
    {
        if (await GetAsync(programmeId, key, version) is not { Version: { } found } view)
        {
            return (null, TemplateErrors.NotFound);
        }

        return (TemplateCompiler.Compile(view.Definition, key, found, limits.Value.MaxTitleLength), null);
    }

    /// <summary>
    /// Saves <paramref name="request"/> as the next version of <paramref name="key"/>, or as version 1 of a new template
    /// when <paramref name="key"/> is null. Two saves at once both land: the later one takes the next number.
    /// </summary>
    public async Task<(TemplateView? Value, CanvasError? Error)> SaveAsync(string programmeId, string? key, Caller caller, TemplateRequest? request)
    {
        var (definition, error) = TemplateRules.Normalize(request, limits.Value);
        if (definition is null)
        {
            return (null, error);
        }

        if (key is not null && !await db.Set<ProgrammeTemplate>().AnyAsync(t => t.ProgrammeId == programmeId && t.TemplateKey == key))
        {
            return (null, TemplateErrors.NotFound);
        }

        key ??= Ids.New("tpl-");
        for (var attempt = 1; ; attempt++)
        {
            var latest = await db.Set<ProgrammeTemplate>().Where(t => t.TemplateKey == key).MaxAsync(t => (int?)t.Version) ?? 0;
            var row = new ProgrammeTemplate
            {
                Id = Ids.New("tv-"), ProgrammeId = programmeId, TemplateKey = key, Version = latest + 1,
                Name = definition.Name!, NameEn = definition.NameEn!, AuthorId = caller.Id, AuthorName = caller.DisplayName,
                CreatedAt = time.GetUtcNow(), Definition = JsonSerializer.Serialize(definition, Json),
            };
            db.Add(row);
            try
            {
                await db.SaveChangesAsync();
                return (await GetAsync(programmeId, key, row.Version), null);
            }
            catch (DbUpdateException) when (attempt < 3)
            {
                // Another save took this number first (the key and version are unique): take the next one.
                db.ChangeTracker.Clear();
            }
        }
    }

    private static IEnumerable<TemplateView> BuiltIns() =>
        Templates.All.Values.OrderBy(t => t.Id != Templates.Default).ThenBy(t => t.Id, StringComparer.Ordinal).Select(t =>
        {
            var (name, nameEn) = BuiltInTemplateNames.Of(t.Id);
            return new TemplateView(t.Id, null, name, nameEn, BuiltIn: true, Version: null, [], TemplateCompiler.FromBuiltIn(t, name, nameEn));
        });

    private static TemplateView View(ProgrammeTemplate row, IEnumerable<ProgrammeTemplate> all) =>
        new(row.TemplateKey, row.ProgrammeId, row.Name, row.NameEn, BuiltIn: false, row.Version,
            [.. all.OrderByDescending(r => r.Version).Select(r => new TemplateVersionView(r.Version, r.AuthorName, r.CreatedAt))],
            JsonSerializer.Deserialize<TemplateRequest>(row.Definition, Json)!);
}
