using System.Collections.Frozen;
using System.Security.Claims;
using Laboratori.Contracts;
using Laboratori.Grains.Canvas;
using Laboratori.Web.Api;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.JsonWebTokens;

namespace Laboratori.Web.Auth;

/// <summary>What the bearer handler does beyond the signature and lifetime: the account check, and coded 401/403 bodies.</summary>
internal static class BearerEvents
{
    private const string RevokedItem = "laboratori.token_revoked";

    /// <summary>A staff token stands only while its account's security stamp is unchanged and the account is enabled.</summary>
    public static async Task CheckAccountAsync(TokenValidatedContext context)
    {
        var user = context.Principal = Slim(context.Principal!);
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

    /// <summary>
    /// The same claims without the token they came in: a hub connection holds its principal for as long as it is open,
    /// and the handler's identity references the whole parsed token (its text, header and payload). The registered
    /// claims (lifetime, issuer, audience, id) have done their work in validation; the expiry stays in the ticket's
    /// properties, where <c>CloseOnAuthenticationExpiration</c> reads it.
    /// </summary>
    private static ClaimsPrincipal Slim(ClaimsPrincipal user) =>
        new(new ClaimsIdentity(
            user.Claims.Where(c => !Registered.Contains(c.Type)).Select(c => new Claim(c.Type, c.Value)),
            user.Identity?.AuthenticationType,
            TokenService.NameClaim,
            TokenService.RoleClaim));

    private static readonly FrozenSet<string> Registered = FrozenSet.ToFrozenSet(
    [
        JwtRegisteredClaimNames.Jti, JwtRegisteredClaimNames.Iat, JwtRegisteredClaimNames.Nbf, JwtRegisteredClaimNames.Exp,
        JwtRegisteredClaimNames.Iss, JwtRegisteredClaimNames.Aud,
    ], StringComparer.Ordinal);

    public static async Task ChallengeAsync(JwtBearerChallengeContext context)
    {
        context.HandleResponse();
        var error = context.HttpContext.Items.ContainsKey(RevokedItem) ? AccountErrors.TokenRevoked : Errors.Unauthorized;
        context.Response.Headers.WWWAuthenticate = "Bearer";
        await ApiProblem.From(error).ExecuteAsync(context.HttpContext);
    }

    public static Task ForbiddenAsync(ForbiddenContext context) => ApiProblem.From(Errors.Forbidden).ExecuteAsync(context.HttpContext);
}
