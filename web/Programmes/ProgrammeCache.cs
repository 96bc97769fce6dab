using Laboratori.Web.Auth;
using Laboratori.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace Laboratori.Web.Programmes;

/// <summary>
/// Placements and assignments as lab access needs them on every hub call: read from the database at most once per
/// <see cref="AuthOptions.AccountCacheDuration"/>, and forgotten at once when this node changes them.
/// </summary>
public sealed class ProgrammeCache(IServiceScopeFactory scopes, IMemoryCache cache, IOptions<AuthOptions> options)
{
    public async Task<LabPlacement?> PlacementAsync(string labId) =>
        await cache.GetOrCreateAsync("placement:" + labId, async entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = options.Value.AccountCacheDuration;
            await using var scope = scopes.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<LaboratoriDb>().LabPlacements.AsNoTracking().SingleOrDefaultAsync(p => p.LabId == labId);
        });

    public async Task<StaffScope> ScopeAsync(string userId) =>
        await cache.GetOrCreateAsync("scope:" + userId, async entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = options.Value.AccountCacheDuration;
            await using var scope = scopes.CreateAsyncScope();
            return new StaffScope(await scope.ServiceProvider.GetRequiredService<LaboratoriDb>().Assignments.AsNoTracking().Where(a => a.UserId == userId).ToListAsync());
        }) ?? new StaffScope([]);

    public void ForgetPlacement(string labId) => cache.Remove("placement:" + labId);

    public void ForgetScope(string userId) => cache.Remove("scope:" + userId);
}
