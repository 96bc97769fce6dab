using Laboratori.Web.Auth;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Laboratori.Web.Api;

/// <summary>Admins manage staff accounts: list, invite (one-time link), reset, disable, sign out everywhere, delete.</summary>
public static class StaffApi
{
    public static IEndpointRouteBuilder MapStaffApi(this IEndpointRouteBuilder app)
    {
        var staff = app.MapGroup("/api/staff").RequireAuthorization(Policies.Admin);
        staff.MapGet("/", async (StaffDirectory directory) => TypedResults.Ok(await directory.ListAsync())).WithPaging();
        staff.MapPost("/", InviteAsync);
        staff.MapGet("/{id}", GetAsync);
        staff.MapPost("/{id}/reset", ResetAsync);
        staff.MapPost("/{id}/disable", DisableAsync);
        staff.MapPost("/{id}/revoke", RevokeAsync);
        staff.MapDelete("/{id}", DeleteAsync);
        return app;
    }

    private static async Task<Results<Created<StaffInvite>, ProblemHttpResult>> InviteAsync(InviteStaffRequest request, HttpContext http, StaffDirectory directory)
    {
        var (invite, error) = await directory.InviteAsync(request.UserName, request.DisplayName, request.Role?.ToLowerInvariant(), BaseUrl(http.Request));
        return invite is not null ? TypedResults.Created($"/api/staff/{invite.Account.Id}", invite) : ApiProblem.From(error!);
    }

    private static async Task<Results<Ok<StaffView>, ProblemHttpResult>> GetAsync(string id, StaffDirectory directory) =>
        await directory.FindAsync(id) is { } view ? TypedResults.Ok(view) : ApiProblem.From(AccountErrors.AccountNotFound);

    private static async Task<Results<Ok<StaffInvite>, ProblemHttpResult>> ResetAsync(string id, HttpContext http, StaffDirectory directory)
    {
        var (invite, error) = await directory.ResetAsync(id, BaseUrl(http.Request));
        return invite is not null ? TypedResults.Ok(invite) : ApiProblem.From(error!);
    }

    private static async Task<Results<Ok<StaffView>, ProblemHttpResult>> DisableAsync(string id, DisableStaffRequest request, HttpContext http, StaffDirectory directory)
    {
        var (view, error) = await directory.SetDisabledAsync(id, request.Disabled, Caller.From(http.User)!.Id);
        return view is not null ? TypedResults.Ok(view) : ApiProblem.From(error!);
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> RevokeAsync(string id, StaffDirectory directory) =>
        await directory.RevokeAsync(id) is { } error ? ApiProblem.From(error) : TypedResults.NoContent();

    private static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(string id, HttpContext http, StaffDirectory directory) =>
        await directory.DeleteAsync(id, Caller.From(http.User)!.Id) is { } error ? ApiProblem.From(error) : TypedResults.NoContent();

    private static string BaseUrl(HttpRequest request) => $"{request.Scheme}://{request.Host}{request.PathBase}";
}
