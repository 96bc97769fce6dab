using Laboratori.Contracts;
using Laboratori.Web.Auth;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Laboratori.Web.Api;

/// <summary>Staff sign-in (accounts in the database, with lockout), signing out everywhere, setting a password from a link.</summary>
public static class AuthApi
{
    public static IEndpointRouteBuilder MapAuthApi(this IEndpointRouteBuilder app)
    {
        var auth = app.MapGroup("/api/auth");
        auth.MapPost("/login", LoginAsync).RequireRateLimiting(LoginRateLimit.Policy);
        auth.MapPost("/password", SetPasswordAsync).RequireRateLimiting(LoginRateLimit.Policy);
        auth.MapGet("/me", Me).RequireAuthorization();
        auth.MapPost("/logout", LogoutAsync).RequireAuthorization(Policies.Staff);
        return app;
    }

    private static async Task<Results<Ok<LoginResponse>, ProblemHttpResult>> LoginAsync(LoginRequest request, StaffDirectory staff)
    {
        var (user, role, error) = await staff.SignInAsync(request.UserName, request.Password);
        if (user is null || role is null)
        {
            return ApiProblem.From(error ?? Errors.LoginFailed);
        }

        var (token, expires) = staff.Issue(user, role);
        return TypedResults.Ok(new LoginResponse(token, user.Id, role, user.DisplayName.Length > 0 ? user.DisplayName : user.UserName!, expires));
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> SetPasswordAsync(SetPasswordRequest request, StaffDirectory staff) =>
        await staff.SetPasswordAsync(request.UserId, request.Token, request.Password) is { } error ? ApiProblem.From(error) : TypedResults.NoContent();

    private static Results<Ok<MeResponse>, ProblemHttpResult> Me(HttpContext http) =>
        Caller.From(http.User) is { } caller
            ? TypedResults.Ok(new MeResponse(caller.Id, caller.AccountRole, caller.DisplayName, caller.LabId))
            : ApiProblem.From(Errors.Unauthorized);

    /// <summary>Signs out everywhere: every token of the account stops working, and its hub connections close.</summary>
    private static async Task<Results<NoContent, ProblemHttpResult>> LogoutAsync(HttpContext http, StaffDirectory staff) =>
        Caller.From(http.User) is { } caller && await staff.RevokeAsync(caller.Id) is null
            ? TypedResults.NoContent()
            : ApiProblem.From(AccountErrors.AccountNotFound);
}
