using System.Collections.Immutable;
using System.Globalization;
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
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Laboratori.Web.Api;

/// <summary>
/// A lab's history for trainers and facilitators (replay: timeline, state at a seq or time, events by time,
/// activity; the full log), and its exports (synthesis grid, attendance), plus import of an archived log.
/// </summary>
public static class HistoryApi
{
    /// <summary>The largest log file accepted for import: 32 MiB, about 100,000 events.</summary>
    public const long MaxImportBytes = 32 * 1024 * 1024;

    public static IEndpointRouteBuilder MapHistoryApi(this IEndpointRouteBuilder app)
    {
        var labs = app.MapGroup("/api/labs").RequireAuthorization();
        labs.MapGet("/{labId}/history/timeline", TimelineAsync);
        labs.MapGet("/{labId}/history/activity", ActivityAsync);
        labs.MapGet("/{labId}/history/events", EventsByTimeAsync);
        labs.MapGet("/{labId}/history/state", StateAsync);
        labs.MapGet("/{labId}/export/synthesis", SynthesisAsync);
        labs.MapGet("/{labId}/export/log", LogAsync);
        labs.MapGet("/{labId}/export/attendance", AttendanceAsync);
        labs.MapPost("/import", ImportAsync).WithMetadata(new RequestSizeLimitAttribute(MaxImportBytes));
        return app;
    }

    private static async Task<Results<Ok<Timeline>, ProblemHttpResult>> TimelineAsync(string labId, HttpContext http, LabAccess access, IGrainFactory grains, int buckets = 200) =>
        await StaffAsync(http, access, labId) is { } denied ? denied : TypedResults.Ok(await History(grains, labId).GetTimelineAsync(buckets));

    private static async Task<Results<Ok<ImmutableArray<MemberActivity>>, ProblemHttpResult>> ActivityAsync(string labId, HttpContext http, LabAccess access, IGrainFactory grains) =>
        await StaffAsync(http, access, labId) is { } denied ? denied : TypedResults.Ok(await History(grains, labId).GetActivityAsync());

    private static async Task<Results<Ok<EventPage>, ProblemHttpResult>> EventsByTimeAsync(
        string labId, HttpContext http, LabAccess access, IGrainFactory grains, string? from = null, string? to = null, int limit = 500)
    {
        if (await StaffAsync(http, access, labId) is { } denied)
        {
            return denied;
        }

        if (!TryTime(from, DateTimeOffset.MinValue, out var start) || !TryTime(to, DateTimeOffset.MaxValue, out var end) || limit is < 1 or > 1_000)
        {
            return ApiProblem.From(BadTime);
        }

        return TypedResults.Ok(await History(grains, labId).GetEventsByTimeAsync(start, end, limit));
    }

    private static async Task<Results<Ok<CanvasSnapshot>, ProblemHttpResult>> StateAsync(
        string labId, HttpContext http, LabAccess access, IGrainFactory grains, long? seq = null, string? at = null)
    {
        if (await StaffAsync(http, access, labId) is { } denied)
        {
            return denied;
        }

        var target = await TargetSeqAsync(grains, labId, seq, at);
        return target.Error is { } error ? ApiProblem.From(error) : TypedResults.Ok(await History(grains, labId).GetStateAtAsync(target.Seq));
    }

    private static async Task<IResult> SynthesisAsync(
        string labId, HttpContext http, LabAccess access, IGrainFactory grains, string format = "json", long? seq = null, string? at = null)
    {
        var found = await access.ResolveAsync(http.User, labId);
        if (found is not { Lab: { } lab, Actor: not null })
        {
            return ApiProblem.From(found.Error ?? Errors.Forbidden);
        }

        var target = await TargetSeqAsync(grains, labId, seq, at);
        if (target.Error is { } error)
        {
            return ApiProblem.From(error);
        }

        var history = History(grains, labId);
        var snapshot = await history.GetStateAtAsync(target.Seq);
        var events = target.Seq == 0 ? default : (await grains.GetGrain<ICanvasGrain>(labId).GetEventsAsync(target.Seq - 1, 1)).Events;
        var grid = SynthesisBuilder.Build(labId, CanvasFold.Deserialize(snapshot.State), events.IsDefaultOrEmpty ? null : events[0].At);
        var name = $"sintesi-{labId}-{grid.Seq}";
        return format switch
        {
            "json" => TypedResults.Json(grid),
            "md" => TypedResults.File(Encoding.UTF8.GetBytes(SynthesisMarkdown.Render(lab, grid)), "text/markdown; charset=utf-8", name + ".md"),
            "csv" => TypedResults.File(SynthesisCsv.Render(grid), "text/csv; charset=utf-8", name + ".csv"),
            "html" => TypedResults.Content(SynthesisHtml.Render(lab, grid), "text/html; charset=utf-8"),
            _ => ApiProblem.From(Errors.BadRequest.With("Formato: json, md, csv o html.", "Format: json, md, csv or html.")),
        };
    }

    private static async Task<IResult> LogAsync(string labId, HttpContext http, LabAccess access, IGrainFactory grains, TimeProvider time)
    {
        var found = await access.ResolveAsync(http.User, labId);
        if (found is not { Lab: { } lab, Actor.Role: not Role.Participant })
        {
            return ApiProblem.From(found.Error ?? HistoryForbidden);
        }

        var archive = new LogArchive(LogArchive.CurrentFormatVersion, time.GetUtcNow(), lab.Definition, await History(grains, labId).GetAllEventsAsync());
        return TypedResults.File(JsonSerializer.SerializeToUtf8Bytes(archive, CanvasJson.Options), "application/json", $"registro-{labId}.json");
    }

    private static async Task<IResult> AttendanceAsync(string labId, HttpContext http, LabAccess access, IGrainFactory grains)
    {
        if (await StaffAsync(http, access, labId) is { } denied)
        {
            return denied;
        }

        var roster = await grains.GetGrain<ILaboratorioGrain>(labId).GetRosterAsync();
        var events = await History(grains, labId).GetAllEventsAsync();
        return TypedResults.File(AttendanceCsv.Render(roster, events), "text/csv; charset=utf-8", $"presenze-{labId}.csv");
    }

    private static async Task<Results<Created<LabView>, ProblemHttpResult>> ImportAsync(HttpContext http, IGrainFactory grains)
    {
        if (Caller.From(http.User) is not { Role: Role.Facilitator or Role.Admin } caller)
        {
            return ApiProblem.From(Errors.Forbidden);
        }

        if (http.Request.ContentLength > MaxImportBytes)
        {
            return ApiProblem.From(Errors.ImportTooLarge);
        }

        LogArchive? archive;
        try
        {
            using var document = await JsonDocument.ParseAsync(http.Request.Body);
            if (document.RootElement.ValueKind != JsonValueKind.Object
                || !document.RootElement.TryGetProperty("formatVersion", out var version)
                || version.ValueKind != JsonValueKind.Number || !version.TryGetInt32(out var v))
            {
                return ApiProblem.From(Errors.ImportInvalid);
            }

            if (v > LogArchive.CurrentFormatVersion)
            {
                return ApiProblem.From(Errors.ImportVersion);
            }

            archive = document.RootElement.Deserialize<LogArchive>(CanvasJson.Options);
        }
        catch (JsonException)
        {
            return ApiProblem.From(Errors.ImportInvalid);
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return ApiProblem.From(Errors.ImportTooLarge);
        }

        if (archive is null || archive.Events.IsDefaultOrEmpty)
        {
            return ApiProblem.From(Errors.ImportInvalid);
        }

        var title = archive.Lab.Title.Trim() + " (importato)";
        var definition = archive.Lab with { Title = title.Length > 120 ? title[..120] : title };
        var result = await grains.GetGrain<ILaboratorioGrain>(Ids.New("lab-")).ImportAsync(new Actor(caller.Id, caller.Role, caller.DisplayName), definition, archive.Events);
        return result.Lab is { } lab
            ? TypedResults.Created($"/api/labs/{lab.Id}", LabView.From(lab, http.Request, staff: true))
            : ApiProblem.From(result.Error ?? Errors.ImportInvalid);
    }

    private static readonly CanvasError HistoryForbidden =
        Errors.Forbidden.With("La cronologia è riservata a formatori e facilitatori.", "History is for trainers and facilitators.");

    private static readonly CanvasError BadTime =
        Errors.BadRequest.With("Orari in formato ISO 8601 (es. 2026-11-23T09:30:00Z); 1 ≤ limit ≤ 1000.", "Times in ISO 8601 (e.g. 2026-11-23T09:30:00Z); 1 ≤ limit ≤ 1000.");

    private static IHistoryGrain History(IGrainFactory grains, string labId) => grains.GetGrain<IHistoryGrain>(labId);

    /// <summary>Null when the caller is staff with access to the lab; otherwise the problem to answer with.</summary>
    private static async Task<ProblemHttpResult?> StaffAsync(HttpContext http, LabAccess access, string labId) =>
        await access.ResolveAsync(http.User, labId) switch
        {
            { Actor.Role: not Role.Participant } => null,
            { Error: { } error } => ApiProblem.From(error),
            _ => ApiProblem.From(HistoryForbidden),
        };

    /// <summary>The seq asked for by <paramref name="seq"/> or by time <paramref name="at"/>; the latest when neither is given.</summary>
    private static async Task<(long Seq, CanvasError? Error)> TargetSeqAsync(IGrainFactory grains, string labId, long? seq, string? at)
    {
        var last = await History(grains, labId).GetLastSeqAsync();
        if (at is not null)
        {
            return TryTime(at, default, out var time) ? (await History(grains, labId).GetSeqAtAsync(time), null) : (0, BadTime);
        }

        var target = seq ?? last;
        return target < 0 || target > last ? (0, Errors.SeqOutOfRange.With($"Da 0 a {last}.", $"From 0 to {last}.")) : (target, null);
    }

    private static bool TryTime(string? text, DateTimeOffset fallback, out DateTimeOffset time)
    {
        time = fallback;
        return text is null || DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out time);
    }
}
