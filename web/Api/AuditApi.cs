using Laboratori.Web.Attendance;
using Laboratori.Web.Auth;
using Laboratori.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Laboratori.Web.Api;

/// <summary>The audit trail of staff access to personal data, oldest first, in pages: admins only.</summary>
public static class AuditApi
{
    public static IEndpointRouteBuilder MapAuditApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/audit", async (LaboratoriDb db, long after = 0, int limit = 200) =>
        {
            limit = Math.Clamp(limit, 1, 1_000);
            var entries = await db.Set<AuditEntry>().AsNoTracking().Where(e => e.Id > after).OrderBy(e => e.Id).Take(limit + 1).ToListAsync();
            return TypedResults.Ok(new { entries = entries.Take(limit), hasMore = entries.Count > limit });
        }).RequireAuthorization(Policies.Admin);
        return app;
    }
}
