using System.Security.Cryptography;
using System.Text;
using Laboratori.Contracts;
using Laboratori.Grains.Canvas;
using Laboratori.Web.Auth;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace Laboratori.Web.Api;

/// <summary>Staff sign-in with the bootstrap accounts from configuration.</summary>
public static class AuthApi
{
    public static IEndpointRouteBuilder MapAuthApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/auth/login", Login).RequireRateLimiting(RateLimits.Join);
        return app;
    }

    private static Results<Ok<LoginResponse>, ProblemHttpResult> Login(LoginRequest request, IOptions<AuthOptions> options, TokenService tokens, TimeProvider time)
    {
        var account = options.Value.Staff.Find(a => string.Equals(a.UserName, request.UserName, StringComparison.OrdinalIgnoreCase));
        if (account is null || request.Password is null || !CryptographicOperations.FixedTimeEquals(
                Encoding.UTF8.GetBytes(account.Password), Encoding.UTF8.GetBytes(request.Password)))
        {
            return ApiProblem.From(Errors.LoginFailed);
        }

        var id = "staff-" + account.UserName.ToLowerInvariant();
        var name = account.DisplayName.Length > 0 ? account.DisplayName : account.UserName;
        var token = tokens.Issue(new TokenClaims(id, account.Role, name, null, time.GetUtcNow() + options.Value.StaffTokenLifetime));
        return TypedResults.Ok(new LoginResponse(token, id, account.Role.ToString().ToLowerInvariant(), name));
    }
}
