using Laboratori.Contracts;
using Laboratori.Grains.Canvas;
using Laboratori.Web.Api;
using Microsoft.AspNetCore.Authentication.JwtBearer;

namespace Laboratori.Web.Auth;

/// <summary>What the bearer handler does beyond the signature and lifetime: the account check, and coded 401/403 bodies.</summary>
internal static class BearerEvents
{
    private const string RevokedItem = "laboratori.token_revoked";

    /// <summary>A staff token stands only while its account's security stamp is unchanged and the account is enabled.</summary>
    public static async Task CheckAccountAsync(TokenValidatedContext context)
    {
        var user = context.Principal!;
        var role = user.FindFirst(TokenService.RoleClaim)?.Value;
        var stamp = user.FindFirst(TokenService.StampClaim)?.Value;
        if (user.FindFirst(TokenService.ProjectorLinkClaim)?.Value is { } link)
        {
            if (!await ProjectorLinks.IsCurrentAsync(context.HttpContext.RequestServices, user, link))
            {
                context.HttpContext.Items[RevokedItem] = true;
                context.Fail("The projector link was revoked or replaced.");
            }

            return;
        }

        if (stamp is null)
        {
            // Participant and lab-scoped tokens carry no stamp: they end when they expire or the lab removes the member.
            if (role == StaffRoles.Participant || user.HasClaim(c => c.Type == TokenService.LabClaim))
            {
                return;
            }

            context.Fail("A staff token without a security stamp.");
            return;
        }

        var sessions = context.HttpContext.RequestServices.GetRequiredService<AccountSessions>();
        if (user.FindFirst(TokenService.SubjectClaim)?.Value is not { } id || !await sessions.IsCurrentAsync(id, stamp, context.HttpContext.RequestAborted))
        {
            context.HttpContext.Items[RevokedItem] = true;
            context.Fail("The account was disabled, removed or signed out.");
        }
    }

    public static async Task ChallengeAsync(JwtBearerChallengeContext context)
    {
        context.HandleResponse();
        var error = context.HttpContext.Items.ContainsKey(RevokedItem) ? AccountErrors.TokenRevoked : Errors.Unauthorized;
        context.Response.Headers.WWWAuthenticate = "Bearer";
        await ApiProblem.From(error).ExecuteAsync(context.HttpContext);
    }

    public static Task ForbiddenAsync(ForbiddenContext context) => ApiProblem.From(Errors.Forbidden).ExecuteAsync(context.HttpContext);
}
