using Laboratori.Grains.Canvas;
using Laboratori.Contracts;
using Laboratori.Contracts.Labs;
using Laboratori.Web.Auth;
using Laboratori.Web.Programmes;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Laboratori.Web.Api;

/// <summary>The programme structure: programmes, percorsi, edizioni, staff assignments, labs placed in edizioni, incontri, the workspace.</summary>
public static class ProgrammesApi
{
    public static IEndpointRouteBuilder MapProgrammesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").RequireAuthorization(Policies.Staff);
        api.MapGet("/sedi", (ProgrammeStore store) => TypedResults.Ok(store.Sedi)).WithPaging();
        api.MapGet("/workspace", async (HttpContext http, WorkspaceReader reader) => TypedResults.Ok(await reader.ReadAsync(Caller.From(http.User)!)));
        api.MapGet("/programmes", async (HttpContext http, WorkspaceReader reader) => TypedResults.Ok((await reader.ReadAsync(Caller.From(http.User)!)).Programmes)).WithPaging();
        api.MapPost("/programmes", CreateProgrammeAsync).RequireAuthorization(Policies.Programmes);
        api.MapGet("/programmes/{id}", GetProgrammeAsync);
        api.MapPut("/programmes/{id}", async (string id, ProgrammeRequest request, HttpContext http, ProgrammeStore store) =>
            Answer(await store.UpdateProgrammeAsync(Caller.From(http.User)!, id, request)));
        api.MapPost("/programmes/{id}/percorsi", async (string id, PercorsoRequest request, HttpContext http, ProgrammeStore store) =>
            Created(await store.AddPercorsoAsync(Caller.From(http.User)!, id, request), p => $"/api/percorsi/{p.Id}"));
        api.MapPut("/percorsi/{id}", async (string id, PercorsoRequest request, HttpContext http, ProgrammeStore store) =>
            Answer(await store.UpdatePercorsoAsync(Caller.From(http.User)!, id, request)));
        api.MapPost("/percorsi/{id}/edizioni", async (string id, EdizioneRequest request, HttpContext http, ProgrammeStore store) =>
            Created(await store.AddEdizioneAsync(Caller.From(http.User)!, id, request), e => $"/api/edizioni/{e.Id}"));
        api.MapPut("/edizioni/{id}", async (string id, EdizioneRequest request, HttpContext http, ProgrammeStore store) =>
            Answer(await store.UpdateEdizioneAsync(Caller.From(http.User)!, id, request)));
        foreach (var kind in new[] { "programmes", "percorsi", "edizioni" })
        {
            api.MapPost($"/{kind}/{{id}}/archive", async (string id, ArchiveRequest request, HttpContext http, ProgrammeStore store) =>
                NoContent(await store.ArchiveAsync(Caller.From(http.User)!, id, request.Archived)));
            api.MapDelete($"/{kind}/{{id}}", async (string id, HttpContext http, ProgrammeStore store) => NoContent(await store.DeleteAsync(Caller.From(http.User)!, id)));
        }

        api.MapPost("/programmes/{id}/staff", async (string id, AssignmentRequest request, HttpContext http, ProgrammeStore store) =>
            Answer(await store.AssignAsync(Caller.From(http.User)!, id, request)));
        api.MapDelete("/programmes/{id}/staff/{assignmentId}", async (string id, string assignmentId, HttpContext http, ProgrammeStore store) =>
            NoContent(await store.UnassignAsync(Caller.From(http.User)!, id, assignmentId)));
        api.MapPost("/edizioni/{id}/labs", CreateLabAsync).RequireRateLimiting(Quotas.LabCreationQuota.Policy);
        api.MapPut("/labs/{labId}/placement", async (string labId, PlaceLabRequest request, HttpContext http, LabPlanning planning) =>
            NoContent(await planning.PlaceAsync(Caller.From(http.User)!, labId, request.EdizioneId)));
        api.MapGet("/labs/{labId}/incontri", async (string labId, HttpContext http, LabPlanning planning) => Answer(await planning.IncontriAsync(Caller.From(http.User)!, labId))).WithPaging();
        api.MapPost("/labs/{labId}/incontri", async (string labId, IncontroRequest request, HttpContext http, LabPlanning planning) =>
            Created(await planning.SaveIncontroAsync(Caller.From(http.User)!, labId, null, request), i => $"/api/labs/{labId}/incontri/{i.Id}"));
        api.MapPut("/labs/{labId}/incontri/{incontroId}", async (string labId, string incontroId, IncontroRequest request, HttpContext http, LabPlanning planning) =>
            Answer(await planning.SaveIncontroAsync(Caller.From(http.User)!, labId, incontroId, request)));
        api.MapDelete("/labs/{labId}/incontri/{incontroId}", async (string labId, string incontroId, HttpContext http, LabPlanning planning) =>
            NoContent(await planning.DeleteIncontroAsync(Caller.From(http.User)!, labId, incontroId)));
        return app;
    }

    private static async Task<Results<Created<Programme>, ProblemHttpResult>> CreateProgrammeAsync(ProgrammeRequest request, HttpContext http, ProgrammeStore store) =>
        Created(await store.CreateProgrammeAsync(Caller.From(http.User)!, request), p => $"/api/programmes/{p.Id}");

    private static async Task<Results<Ok<ProgrammeDetail>, ProblemHttpResult>> GetProgrammeAsync(string id, HttpContext http, WorkspaceReader reader, ProgrammeStore store)
    {
        if (await reader.DetailAsync(Caller.From(http.User)!, id) is { } detail)
        {
            return TypedResults.Ok(detail);
        }

        return ApiProblem.From(await store.ManagedProgrammeAsync(Caller.From(http.User)!, id) is { Error.Code: "programme_not_found" } ? ProgrammeErrors.ProgrammeNotFound : Errors.Forbidden);
    }

    private static async Task<Results<Created<LabView>, ProblemHttpResult>> CreateLabAsync(string id, CreateLabRequest request, HttpContext http, LabPlanning planning)
    {
        var (lab, error) = await planning.CreateLabAsync(Caller.From(http.User)!, id, request);
        return lab is not null ? TypedResults.Created($"/api/labs/{lab.Id}", LabView.From(lab, http.Request, staff: true)) : ApiProblem.From(error ?? Errors.Unavailable);
    }

    private static Results<Ok<T>, ProblemHttpResult> Answer<T>((T? Value, CanvasError? Error) result) where T : class =>
        result.Value is { } value ? TypedResults.Ok(value) : ApiProblem.From(result.Error ?? Errors.Unavailable);

    private static Results<Created<T>, ProblemHttpResult> Created<T>((T? Value, CanvasError? Error) result, Func<T, string> location) where T : class =>
        result.Value is { } value ? TypedResults.Created(location(value), value) : ApiProblem.From(result.Error ?? Errors.Unavailable);

    private static Results<NoContent, ProblemHttpResult> NoContent(CanvasError? error) => error is null ? TypedResults.NoContent() : ApiProblem.From(error);
}
