using System.Collections.Immutable;
using Laboratori.Contracts;
using Laboratori.Contracts.History;
using Laboratori.Contracts.Labs;
using Laboratori.Grains.Canvas;
using Laboratori.Grains.Canvas.Operations;
using Laboratori.Grains.History;
using Laboratori.Grains.Labs;
using Laboratori.Web.Attendance;
using Laboratori.Web.Auth;
using Laboratori.Web.Quotas;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace Laboratori.Web.Api;

/// <summary>Labs: create and list (staff), read, join code, roster, events after a seq, the canvas now or at a seq.</summary>
public static class LabsApi
{
    public static IEndpointRouteBuilder MapLabsApi(this IEndpointRouteBuilder app)
    {
        var labs = app.MapGroup("/api/labs").RequireAuthorization();
        labs.MapGet("/", ListAsync).WithPaging();
        labs.MapPost("/", CreateAsync).RequireRateLimiting(LabCreationQuota.Policy);
        var lab = labs.MapGroup("/{labId}");
        lab.MapGet("/", GetAsync).RequireLabRole(LabRequirement.Member);
        lab.MapGet("/join-code", (HttpContext http) => TypedResults.Ok(LabView.From(LabGrant.Of(http).Lab, http.Request, staff: true)))
            .RequireLabRole(LabRequirement.Runner);
        lab.MapGet("/roster", async (string labId, IGrainFactory grains) => TypedResults.Ok(await grains.GetGrain<ILaboratorioGrain>(labId).GetRosterAsync()))
            .RequireLabRole(LabRequirement.Staff).WithPaging();
        lab.MapPut("/", UpdateAsync).RequireLabRole(LabRequirement.Runner);
        lab.MapPost("/close", CloseAsync).RequireLabRole(LabRequirement.Runner);
        lab.MapGet("/events", GetEventsAsync).RequireLabRole(LabRequirement.Member);
        lab.MapGet("/canvas", GetCanvasAsync).RequireLabRole(LabRequirement.Member);
        app.MapGet("/api/templates", () => TypedResults.Ok(Templates.All.Values.OrderBy(t => t.Id != Templates.Default).ThenBy(t => t.Id)));
        app.MapGet("/api/errors", () => TypedResults.Ok(Errors.All));
        return app;
    }

    private static async Task<Results<Ok<ImmutableArray<LabView>>, ProblemHttpResult>> ListAsync(HttpContext http, IGrainFactory grains, LabAccess access, Data.LaboratoriDb db)
    {
        if (Caller.From(http.User) is not { IsStaff: true } caller)
        {
            return ApiProblem.From(Errors.Forbidden);
        }

        // Only the labs the caller may open: a lab of a programme is not listed to staff outside it. The directory's
        // summaries are current (each lab updates its own), so no lab grain is activated to list them.
        var listed = await grains.GetGrain<ILabDirectoryGrain>(LabDirectoryGrain.Key).ListAsync();
        var found = await Task.WhenAll(listed.Select(l => access.ResolveListedAsync(caller, l)));
        var labs = found.Select(f => f.Lab).OfType<LabInfo>().ToList();
        var adesioni = await db.ForLabsAsync([.. labs.Select(l => l.Id)]);
        return TypedResults.Ok(labs.OrderByDescending(l => l.CreatedAt).Select(l => LabView.From(l.WithAdesioni(adesioni), http.Request, staff: true)).ToImmutableArray());
    }

    private static async Task<Results<Created<LabView>, ProblemHttpResult>> CreateAsync(
        CreateLabRequest request, HttpContext http, IGrainFactory grains, IOptions<LabLimits> limits)
    {
        if (Caller.From(http.User) is not { Role: Role.Facilitator or Role.Admin } caller)
        {
            return ApiProblem.From(Errors.Forbidden);
        }

        var max = limits.Value.MaxTitleLength;
        var title = request.Title?.Trim() ?? string.Empty;
        var templateId = string.IsNullOrWhiteSpace(request.TemplateId) ? Templates.Default : request.TemplateId;
        var error = Rules.Text(title, max) ?? Optional(request.Theme, max) ?? Optional(request.Mandate, limits.Value.MaxTextLength)
            ?? Optional(request.Percorso, max) ?? Optional(request.Edizione, max) ?? Optional(request.Sede, max)
            ?? (Templates.All.ContainsKey(templateId) ? null : Errors.BadRequest.With("Modello sconosciuto.", "Unknown template."));
        if (error is not null)
        {
            return ApiProblem.From(error);
        }

        var definition = new LabDefinition(title, Clean(request.Theme), Clean(request.Mandate), Clean(request.Percorso), Clean(request.Edizione), Clean(request.Sede), templateId);
        var labId = Ids.New("lab-");
        var result = await grains.GetGrain<ILaboratorioGrain>(labId).CreateAsync(new Actor(caller.Id, caller.Role, caller.DisplayName), definition);
        return result.Lab is { } lab
            ? TypedResults.Created($"/api/labs/{lab.Id}", LabView.From(lab, http.Request, staff: true))
            : ApiProblem.From(result.Error ?? Errors.Unavailable);
    }

    private static Ok<LabView> GetAsync(HttpContext http)
    {
        var grant = LabGrant.Of(http);
        return TypedResults.Ok(LabView.From(grant.Lab, http.Request, grant.Actor.Role != Role.Participant));
    }

    private static async Task<Results<Ok<LabView>, ProblemHttpResult>> UpdateAsync(
        string labId, UpdateLabRequest request, HttpContext http, IGrainFactory grains, IOptions<LabLimits> limits)
    {
        var title = request.Title?.Trim() ?? string.Empty;
        var error = Rules.Text(title, limits.Value.MaxTitleLength) ?? Optional(request.Theme, limits.Value.MaxTitleLength) ?? Optional(request.Mandate, limits.Value.MaxTextLength);
        var lab = grains.GetGrain<ILaboratorioGrain>(labId);
        return (error ?? await lab.UpdateAsync(LabGrant.Of(http).Actor, title, Clean(request.Theme), Clean(request.Mandate))) is { } refused
            ? ApiProblem.From(refused)
            : TypedResults.Ok(LabView.From((await lab.GetAsync())!, http.Request, staff: true));
    }

    private static async Task<Results<Ok<LabView>, ProblemHttpResult>> CloseAsync(string labId, CloseLabRequest request, HttpContext http, IGrainFactory grains)
    {
        var lab = grains.GetGrain<ILaboratorioGrain>(labId);
        return await lab.SetClosedAsync(LabGrant.Of(http).Actor, request.Closed) is { } error
            ? ApiProblem.From(error)
            : TypedResults.Ok(LabView.From((await lab.GetAsync())!, http.Request, staff: true));
    }

    private static async Task<Results<Ok<EventPage>, ProblemHttpResult>> GetEventsAsync(string labId, HttpContext http, IGrainFactory grains, RosterNames names, long after = 0, int limit = 500)
    {
        if (after < 0 || limit is < 1 or > 1_000)
        {
            return ApiProblem.From(Errors.SeqOutOfRange.With("after ≥ 0, 1 ≤ limit ≤ 1000.", "after ≥ 0, 1 ≤ limit ≤ 1000."));
        }

        return TypedResults.Ok(await names.NameAsync(labId, await grains.GetGrain<ICanvasGrain>(labId).GetEventsAsync(LabGrant.Of(http).Actor, after, limit)));
    }

    private static async Task<Results<Ok<CanvasSnapshot>, ProblemHttpResult>> GetCanvasAsync(string labId, HttpContext http, IGrainFactory grains, RosterNames names, long? seq = null)
    {
        var actor = LabGrant.Of(http).Actor;
        if (seq is null)
        {
            return TypedResults.Ok(await names.NameAsync(labId, await grains.GetGrain<ICanvasGrain>(labId).GetStateAsync(actor)));
        }

        if (actor.Role == Role.Participant)
        {
            return ApiProblem.From(LabRefusals.History);
        }

        var history = grains.GetGrain<IHistoryGrain>(labId);
        var target = await SeqTarget.ResolveAsync(history, seq, at: null);
        return target.Error is { } error ? ApiProblem.From(error) : TypedResults.Ok(await names.NameAsync(labId, await history.GetStateAtAsync(target.Seq)));
    }

    private static CanvasError? Optional(string? text, int max) => string.IsNullOrWhiteSpace(text) ? null : Rules.Text(text.Trim(), max);

    private static string Clean(string? text) => text?.Trim() ?? string.Empty;
}
