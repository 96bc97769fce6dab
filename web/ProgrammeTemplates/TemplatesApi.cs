using System.Collections.Immutable;
using Laboratori.Contracts;
using Laboratori.Web.Api;
using Laboratori.Web.Auth;
using Laboratori.Web.Programmes;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Laboratori.Web.ProgrammeTemplates;

/// <summary>
/// A programme's templates (modelli / tracce di lavoro): whoever sees the programme reads them and chooses one for a
/// lab; its coordinators (and admins) create templates and save new versions. Saved versions never change.
/// </summary>
public static class TemplatesApi
{
    public static IEndpointRouteBuilder MapTemplatesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/programmes/{id}/templates").RequireAuthorization(Policies.Staff);
        api.MapGet("/", ListAsync).WithPaging();
        api.MapGet("/{key}", GetAsync);
        api.MapPost("/", (string id, TemplateRequest request, HttpContext http, ProgrammeStore programmes, TemplateStore store) =>
            SaveAsync(id, null, request, http, programmes, store));
        api.MapPost("/{key}/versions", (string id, string key, TemplateRequest request, HttpContext http, ProgrammeStore programmes, TemplateStore store) =>
            SaveAsync(id, key, request, http, programmes, store));
        return app;
    }

    private static async Task<Results<Ok<ImmutableArray<TemplateView>>, ProblemHttpResult>> ListAsync(string id, HttpContext http, WorkspaceReader reader, ProgrammeStore programmes, TemplateStore store) =>
        await ReadableAsync(id, http, reader, programmes) is { } denied ? ApiProblem.From(denied) : TypedResults.Ok(await store.ListAsync(id));

    private static async Task<Results<Ok<TemplateView>, ProblemHttpResult>> GetAsync(
        string id, string key, HttpContext http, WorkspaceReader reader, ProgrammeStore programmes, TemplateStore store, int? version = null)
    {
        if (await ReadableAsync(id, http, reader, programmes) is { } denied)
        {
            return ApiProblem.From(denied);
        }

        return await store.GetAsync(id, key, version) is { } found ? TypedResults.Ok(found) : ApiProblem.From(TemplateErrors.NotFound);
    }

    private static async Task<Results<Created<TemplateView>, ProblemHttpResult>> SaveAsync(
        string id, string? key, TemplateRequest request, HttpContext http, ProgrammeStore programmes, TemplateStore store)
    {
        var caller = Caller.From(http.User)!;
        var (programme, denied) = await programmes.ManagedProgrammeAsync(caller, id, forChange: true);
        if (programme is null)
        {
            return ApiProblem.From(denied ?? Errors.Forbidden);
        }

        var (saved, error) = await store.SaveAsync(programme.Id, key, caller, request);
        return saved is not null
            ? TypedResults.Created($"/api/programmes/{programme.Id}/templates/{saved.Key}?version={saved.Version}", saved)
            : ApiProblem.From(error ?? Errors.Unavailable);
    }

    /// <summary>Null when the caller sees the programme; else why not (it does not exist, or it is not theirs).</summary>
    private static async Task<CanvasError?> ReadableAsync(string id, HttpContext http, WorkspaceReader reader, ProgrammeStore programmes)
    {
        var caller = Caller.From(http.User)!;
        if (await reader.DetailAsync(caller, id) is not null)
        {
            return null;
        }

        return await programmes.ManagedProgrammeAsync(caller, id) is { Error.Code: "programme_not_found" } ? ProgrammeErrors.ProgrammeNotFound : Errors.Forbidden;
    }
}
