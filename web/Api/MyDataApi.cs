using System.Text.Json;
using Laboratori.Contracts;
using Laboratori.Contracts.Labs;
using Laboratori.Web.Attendance;
using Laboratori.Web.Auth;
using Laboratori.Web.Data;
using Laboratori.Web.Privacy;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Laboratori.Web.Api;

/// <summary>
/// "Scarica i miei dati": a participant downloads, as JSON, what the platform holds about them in their lab: their roster
/// rows (theirs and any identity merged into theirs), the privacy notices they acknowledged, their register marks and every
/// event they wrote.
/// </summary>
public static class MyDataApi
{
    public static IEndpointRouteBuilder MapMyDataApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/me/data", DownloadAsync).RequireAuthorization();
        return app;
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> DownloadAsync(HttpContext http, LaboratoriDb db, IGrainFactory grains, TimeProvider time)
    {
        if (Caller.From(http.User) is not { Role: Role.Participant, LabId: { } labId } caller)
        {
            return ApiProblem.From(Errors.Forbidden.With("Solo un partecipante scarica i propri dati.", "Only a participant downloads their own data."));
        }

        var rows = await db.Set<Adherent>().AsNoTracking()
            .Where(a => a.LabId == labId && (a.MemberId == caller.Id || a.MergedInto == caller.Id)).OrderBy(a => a.CreatedAt).ToListAsync();
        var ids = rows.Select(a => a.MemberId).Append(caller.Id).ToHashSet();
        var acknowledged = await db.Set<PrivacyAcknowledgement>().AsNoTracking().Where(p => p.LabId == labId && ids.Contains(p.MemberId)).OrderBy(p => p.Id).ToListAsync();
        var marks = await db.Set<RegisterMark>().AsNoTracking().Where(m => m.LabId == labId && ids.Contains(m.MemberId)).OrderBy(m => m.Id).ToListAsync();
        var lab = await grains.GetGrain<ILaboratorioGrain>(labId).GetAsync();

        var canvas = grains.GetGrain<ICanvasGrain>(labId);
        var events = new List<object>();
        EventPage page;
        var after = 0L;
        do
        {
            page = await canvas.GetEventsAsync(new Actor(caller.Id, Role.Participant, caller.DisplayName), after, 1_000);
            foreach (var e in page.Events)
            {
                after = e.Seq;
                if (ids.Contains(e.Author))
                {
                    events.Add(new { e.Seq, e.At, e.Type, Payload = JsonSerializer.Deserialize<JsonElement>(e.Payload) });
                }
            }
        }
        while (page.HasMore && page.Events.Length > 0);

        var data = new
        {
            memberId = caller.Id,
            labId,
            labTitle = lab?.Definition.Title,
            downloadedAt = time.GetUtcNow(),
            adesioni = rows.Select(a => new { a.MemberId, a.DisplayName, a.Organisation, a.Sector, a.Email, a.Kind, a.CreatedAt, a.MergedInto }),
            privacy = acknowledged.Select(p => new { p.MemberId, p.Version, p.At }),
            register = marks.Select(m => new { m.IncontroId, m.MemberId, m.Status, m.Entry, m.Exit, m.At }),
            events,
        };
        var bytes = JsonSerializer.SerializeToUtf8Bytes(data, JsonSerializerOptions.Web);
        return TypedResults.File(bytes, "application/json", $"i-miei-dati-{labId}.json");
    }
}
