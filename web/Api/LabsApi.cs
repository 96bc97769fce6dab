using System.Collections.Immutable;
using Laboratori.Contracts;
using Laboratori.Contracts.History;
using Laboratori.Contracts.Labs;
using Laboratori.Grains.Canvas;
using Laboratori.Grains.Canvas.Operations;
using Laboratori.Grains.History;
using Laboratori.Grains.Labs;
using Laboratori.Web.Auth;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace Laboratori.Web.Api;

/// <summary>Labs: create and list (staff), read, join code, roster, events after a seq, the canvas now or at a seq.</summary>
public static class LabsApi
{
    public static IEndpointRouteBuilder MapLabsApi(this IEndpointRouteBuilder app)
    {
        var labs = app.MapGroup("/api/labs").RequireAuthorization();
        labs.MapGet("/", ListAsync);
        labs.MapPost("/", CreateAsync);
        labs.MapGet("/{labId}", GetAsync);
        labs.MapPut("/{labId}", UpdateAsync);
        labs.MapGet("/{labId}/join-code", GetJoinCodeAsync);
        labs.MapGet("/{labId}/roster", GetRosterAsync);
        labs.MapPost("/{labId}/close", CloseAsync);
        labs.MapGet("/{labId}/events", GetEventsAsync);
        labs.MapGet("/{labId}/canvas", GetCanvasAsync);
        app.MapGet("/api/templates", () => TypedResults.Ok(Templates.All.Values.OrderBy(t => t.Id != Templates.Default).ThenBy(t => t.Id)));
        app.MapGet("/api/errors", () => TypedResults.Ok(Errors.All));
        return app;
    }

    private static async Task<Results<Ok<ImmutableArray<LabView>>, ProblemHttpResult>> ListAsync(HttpContext http, IGrainFactory grains, LabAccess access)
    {
        if (Caller.From(http.User) is not { IsStaff: true } caller)
        {
            return ApiProblem.From(Errors.Forbidden);
        }

        // Only the labs the caller may open: a lab of a programme is not listed to staff outside it.
        var listed = await grains.GetGrain<ILabDirectoryGrain>(LabDirectoryGrain.Key).ListAsync();
        var found = await Task.WhenAll(listed.Select(l => access.ResolveAsync(caller, l.Id)));
        return TypedResults.Ok(found.Select(f => f.Lab).OfType<LabInfo>().OrderByDescending(l => l.CreatedAt).Select(l => LabView.From(l, http.Request, staff: true)).ToImmutableArray());
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

    private static async Task<Results<Ok<LabView>, ProblemHttpResult>> GetAsync(string labId, HttpContext http, LabAccess access)
    {
        var found = await access.ResolveAsync(http.User, labId);
        return found is { Lab: { } lab, Actor: { } actor }
            ? TypedResults.Ok(LabView.From(lab, http.Request, actor.Role != Role.Participant))
            : ApiProblem.From(Denied(found));
    }

    private static async Task<Results<Ok<LabView>, ProblemHttpResult>> UpdateAsync(
        string labId, UpdateLabRequest request, HttpContext http, LabAccess access, IGrainFactory grains, IOptions<LabLimits> limits)
    {
        var found = await access.ResolveAsync(http.User, labId);
        if (found.Actor is not { } actor)
        {
            return ApiProblem.From(Denied(found));
        }

        var title = request.Title?.Trim() ?? string.Empty;
        var error = Rules.Text(title, limits.Value.MaxTitleLength) ?? Optional(request.Theme, limits.Value.MaxTitleLength) ?? Optional(request.Mandate, limits.Value.MaxTextLength);
        var lab = grains.GetGrain<ILaboratorioGrain>(labId);
        return (error ?? await lab.UpdateAsync(actor, title, Clean(request.Theme), Clean(request.Mandate))) is { } refused
            ? ApiProblem.From(refused)
            : TypedResults.Ok(LabView.From((await lab.GetAsync())!, http.Request, staff: true));
    }

    private static async Task<Results<Ok<LabView>, ProblemHttpResult>> GetJoinCodeAsync(string labId, HttpContext http, LabAccess access) =>
        await access.ResolveAsync(http.User, labId) switch
        {
            { Lab: { } lab, Actor.IsStaffRunner: true } => TypedResults.Ok(LabView.From(lab, http.Request, staff: true)),
            { Error: { } error } => ApiProblem.From(error),
            _ => ApiProblem.From(Errors.Forbidden),
        };

    private static async Task<Results<Ok<ImmutableArray<Enrolment>>, ProblemHttpResult>> GetRosterAsync(string labId, HttpContext http, LabAccess access, IGrainFactory grains) =>
        await access.ResolveAsync(http.User, labId) switch
        {
            { Actor.Role: not Role.Participant } => TypedResults.Ok(await grains.GetGrain<ILaboratorioGrain>(labId).GetRosterAsync()),
            { Error: { } error } => ApiProblem.From(error),
            _ => ApiProblem.From(Errors.Forbidden),
        };

    private static async Task<Results<Ok<LabView>, ProblemHttpResult>> CloseAsync(string labId, CloseLabRequest request, HttpContext http, LabAccess access, IGrainFactory grains)
    {
        var found = await access.ResolveAsync(http.User, labId);
        if (found.Actor is not { } actor)
        {
            return ApiProblem.From(Denied(found));
        }

        var lab = grains.GetGrain<ILaboratorioGrain>(labId);
        return await lab.SetClosedAsync(actor, request.Closed) is { } error
            ? ApiProblem.From(error)
            : TypedResults.Ok(LabView.From((await lab.GetAsync())!, http.Request, staff: true));
    }

    private static async Task<Results<Ok<EventPage>, ProblemHttpResult>> GetEventsAsync(
        string labId, HttpContext http, LabAccess access, IGrainFactory grains, long after = 0, int limit = 500)
    {
        var found = await access.ResolveAsync(http.User, labId);
        if (found.Actor is null)
        {
            return ApiProblem.From(Denied(found));
        }

        if (after < 0 || limit is < 1 or > 1_000)
        {
            return ApiProblem.From(Errors.SeqOutOfRange.With("after ≥ 0, 1 ≤ limit ≤ 1000.", "after ≥ 0, 1 ≤ limit ≤ 1000."));
        }

        return TypedResults.Ok(CanvasView.For(found.Actor, await grains.GetGrain<ICanvasGrain>(labId).GetEventsAsync(after, limit)));
    }

    private static async Task<Results<Ok<CanvasSnapshot>, ProblemHttpResult>> GetCanvasAsync(
        string labId, HttpContext http, LabAccess access, IGrainFactory grains, long? seq = null)
    {
        var found = await access.ResolveAsync(http.User, labId);
        if (found.Actor is not { } actor)
        {
            return ApiProblem.From(Denied(found));
        }

        var canvas = grains.GetGrain<ICanvasGrain>(labId);
        if (seq is null)
        {
            return TypedResults.Ok(CanvasView.For(actor, await canvas.GetStateAsync()));
        }

        if (actor.Role == Role.Participant)
        {
            return ApiProblem.From(Errors.Forbidden.With("La cronologia è riservata a formatori e facilitatori.", "History is for trainers and facilitators."));
        }

        var last = await grains.GetGrain<IHistoryGrain>(labId).GetLastSeqAsync();
        return seq < 0 || seq > last
            ? ApiProblem.From(Errors.SeqOutOfRange.With($"Da 0 a {last}.", $"From 0 to {last}."))
            : TypedResults.Ok(await grains.GetGrain<IHistoryGrain>(labId).GetStateAtAsync(seq.Value));
    }

    private static CanvasError Denied(LabAccessResult result) => result.Error ?? Errors.Forbidden;

    private static CanvasError? Optional(string? text, int max) => string.IsNullOrWhiteSpace(text) ? null : Rules.Text(text.Trim(), max);

    private static string Clean(string? text) => text?.Trim() ?? string.Empty;
}
