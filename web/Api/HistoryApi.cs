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
using Laboratori.Web.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Laboratori.Web.Api;

/// <summary>
/// A lab's history: its replay (<see cref="ReplayApi"/>), its exports (<see cref="ExportApi"/>), and the import of an
/// archived log as a new lab (here).
/// </summary>
public static class HistoryApi
{
    /// <summary>The largest log file accepted for import: 32 MiB, about 100,000 events.</summary>
    public const long MaxImportBytes = 32 * 1024 * 1024;

    public static IEndpointRouteBuilder MapHistoryApi(this IEndpointRouteBuilder app)
    {
        app.MapReplayApi();
        app.MapExportApi();
        var labs = app.MapGroup("/api/labs").RequireAuthorization();
        labs.MapPost("/import", ImportAsync).WithMetadata(new RequestSizeLimitAttribute(MaxImportBytes)).RequireRateLimiting(Quotas.LabCreationQuota.Policy);
        return app;
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
}
