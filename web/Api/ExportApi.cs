using System.Text;
using System.Text.Json;
using Laboratori.Contracts;
using Laboratori.Contracts.History;
using Laboratori.Contracts.Labs;
using Laboratori.Grains.Canvas;
using Laboratori.Grains.History;
using Laboratori.Grains.History.Synthesis;
using Laboratori.Grains.Labs;
using Laboratori.Web.Auth;
using Laboratori.Web.Exports;
using Laboratori.Web.Hosting;

namespace Laboratori.Web.Api;

/// <summary>
/// A lab's exports: the synthesis grid (every member: it is what the lab produced), the full log and the attendance
/// sheet (staff who may open the lab).
/// </summary>
public static class ExportApi
{
    public static IEndpointRouteBuilder MapExportApi(this IEndpointRouteBuilder app)
    {
        var export = app.MapGroup("/api/labs/{labId}/export");
        export.MapGet("/synthesis", SynthesisAsync).RequireLabRole(LabRequirement.Member);
        export.MapGet("/log", LogAsync).RequireLabRole(LabRequirement.Staff, LabRefusals.History);
        export.MapGet("/attendance", AttendanceAsync).RequireLabRole(LabRequirement.Staff, LabRefusals.History);
        return app;
    }

    private static async Task<IResult> SynthesisAsync(string labId, HttpContext http, IGrainFactory grains, string format = "json", long? seq = null, string? at = null)
    {
        var history = grains.GetGrain<IHistoryGrain>(labId);
        var target = await SeqTarget.ResolveAsync(history, seq, at);
        if (target.Error is { } error)
        {
            return ApiProblem.From(error);
        }

        var grid = await history.GetSynthesisAsync(target.Seq);
        var lab = LabGrant.Of(http).Lab;
        var name = $"sintesi-{labId}-{grid.Seq}";
        if (format == "html")
        {
            http.Response.Headers.ContentSecurityPolicy = SecurityHeaders.PrintablePagePolicy;
        }

        return format switch
        {
            "json" => TypedResults.Json(grid),
            "md" => TypedResults.File(Encoding.UTF8.GetBytes(SynthesisMarkdown.Render(lab, grid)), "text/markdown; charset=utf-8", name + ".md"),
            "csv" => TypedResults.File(SynthesisCsv.Render(grid), "text/csv; charset=utf-8", name + ".csv"),
            "html" => TypedResults.Content(SynthesisHtml.Render(lab, grid), "text/html; charset=utf-8"),
            _ => ApiProblem.From(Errors.BadRequest.With("Formato: json, md, csv o html.", "Format: json, md, csv or html.")),
        };
    }

    private static async Task<IResult> LogAsync(string labId, HttpContext http, IGrainFactory grains, TimeProvider time)
    {
        var events = await grains.GetGrain<IHistoryGrain>(labId).GetAllEventsAsync();
        var archive = new LogArchive(LogArchive.CurrentFormatVersion, time.GetUtcNow(), LabGrant.Of(http).Lab.Definition, events);
        return TypedResults.File(JsonSerializer.SerializeToUtf8Bytes(archive, CanvasJson.Options), "application/json", $"cronologia-{labId}.json");
    }

    private static async Task<IResult> AttendanceAsync(string labId, IGrainFactory grains)
    {
        var roster = await grains.GetGrain<ILaboratorioGrain>(labId).GetRosterAsync();
        var events = await grains.GetGrain<IHistoryGrain>(labId).GetAllEventsAsync();
        return TypedResults.File(AttendanceCsv.Render(roster, events), "text/csv; charset=utf-8", $"presenze-{labId}.csv");
    }
}
