using Laboratori.Contracts;
using Laboratori.Contracts.Labs;
using Laboratori.Grains.Labs;
using Laboratori.Web.Api;
using Laboratori.Web.Auth;
using Laboratori.Web.Programmes;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Laboratori.Web.Enti;

/// <summary>
/// The register of enti of a programme: its staff read it, its coordinators (and admins) add, correct and remove; the join form
/// reads the register of the lab a join code opens, so that a participant picks their ente instead of typing it.
/// </summary>
public static class EntiApi
{
    public static IEndpointRouteBuilder MapEntiApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").RequireAuthorization(Policies.Staff);
        api.MapGet("/ente-types", () => TypedResults.Ok(EnteTypes.All)).WithPaging();
        api.MapGet("/programmes/{id}/enti", ListAsync).WithPaging();
        api.MapPost("/programmes/{id}/enti", AddAsync);
        api.MapPut("/enti/{id}", UpdateAsync);
        api.MapDelete("/enti/{id}", RemoveAsync);
        app.MapGet("/api/join/enti", JoinListAsync).RequireRateLimiting(RateLimits.Join);
        return app;
    }

    private static async Task<Results<Ok<EnteView[]>, ProblemHttpResult>> ListAsync(string id, HttpContext http, WorkspaceReader reader, EnteStore store) =>
        await reader.DetailAsync(Caller.From(http.User)!, id) is null
            ? ApiProblem.From(ProgrammeErrors.ProgrammeNotFound)
            : TypedResults.Ok((await store.ListAsync(id)).Select(EnteView.From).ToArray());

    private static async Task<Results<Created<EnteView>, ProblemHttpResult>> AddAsync(string id, EnteRequest request, HttpContext http, ProgrammeStore programmes, EnteStore store)
    {
        var (programme, denied) = await programmes.ManagedProgrammeAsync(Caller.From(http.User)!, id, forChange: true);
        if (programme is null)
        {
            return ApiProblem.From(denied ?? Errors.Forbidden);
        }

        var (ente, error) = await store.AddAsync(programme.Id, request);
        return ente is not null ? TypedResults.Created($"/api/programmes/{programme.Id}/enti", EnteView.From(ente)) : ApiProblem.From(error!);
    }

    private static async Task<Results<Ok<EnteView>, ProblemHttpResult>> UpdateAsync(string id, EnteRequest request, HttpContext http, ProgrammeStore programmes, EnteStore store)
    {
        if (await store.FindAsync(id) is not { } ente)
        {
            return ApiProblem.From(EntiErrors.NotFound);
        }

        var (programme, denied) = await programmes.ManagedProgrammeAsync(Caller.From(http.User)!, ente.ProgrammeId, forChange: true);
        if (programme is null)
        {
            return ApiProblem.From(denied ?? Errors.Forbidden);
        }

        var (changed, error) = await store.UpdateAsync(ente, request);
        return changed is not null ? TypedResults.Ok(EnteView.From(changed)) : ApiProblem.From(error!);
    }

    /// <summary>
    /// Takes an ente out of the register. Nothing else points at its row: adesioni and joins copied its name and sector,
    /// and a card written for it recorded both in its event, so they stay as they were.
    /// </summary>
    private static async Task<Results<NoContent, ProblemHttpResult>> RemoveAsync(string id, HttpContext http, ProgrammeStore programmes, EnteStore store)
    {
        if (await store.FindAsync(id) is not { } ente)
        {
            return ApiProblem.From(EntiErrors.NotFound);
        }

        var (programme, denied) = await programmes.ManagedProgrammeAsync(Caller.From(http.User)!, ente.ProgrammeId, forChange: true);
        if (programme is null)
        {
            return ApiProblem.From(denied ?? Errors.Forbidden);
        }

        await store.RemoveAsync(ente);
        return TypedResults.NoContent();
    }

    /// <summary>For the join form: the register of the programme of the lab that <paramref name="code"/> opens (names and types only).</summary>
    private static async Task<Results<Ok<EnteView[]>, ProblemHttpResult>> JoinListAsync(IGrainFactory grains, EnteStore store, string? code = null)
    {
        if (JoinCodes.Normalize(code) is not { } normalized || await grains.GetGrain<IJoinCodeGrain>(normalized).ResolveAsync() is not { } labId)
        {
            return ApiProblem.From(Errors.JoinCodeInvalid);
        }

        return TypedResults.Ok((await store.ForLabAsync(labId)).Select(EnteView.From).ToArray());
    }
}
