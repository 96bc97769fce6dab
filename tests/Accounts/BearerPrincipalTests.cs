using System.Security.Claims;
using Laboratori.Contracts;
using Laboratori.Silo.Storage;
using Laboratori.Web.Auth;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Laboratori.Tests.Accounts;

/// <summary>
/// A validated token leaves a principal with the token's own claims and nothing of the parsed token: a hub connection
/// holds its principal for as long as it is open (docs/performance.md, memory per connection).
/// </summary>
public sealed class BearerPrincipalTests
{
    [Fact]
    public async Task AValidatedParticipantTokenLeavesItsClaimsWithoutTheParsedToken()
    {
        var tokens = new TokenService(
            Options.Create(new AuthOptions { SigningKey = Convert.ToBase64String(Enumerable.Range(1, 32).Select(i => (byte)i).ToArray()) }),
            Options.Create(new StorageOptions()),
            TimeProvider.System);
        var jwt = tokens.Issue(new TokenClaims("p-anna", Role.Participant, "Anna Rossi", "lab-uno", DateTimeOffset.UtcNow.AddHours(1)));
        var validated = await new JsonWebTokenHandler().ValidateTokenAsync(jwt, tokens.ValidationParameters());
        Assert.True(validated.IsValid);
        Assert.IsType<CaseSensitiveClaimsIdentity>(validated.ClaimsIdentity);
        var context = new TokenValidatedContext(
            new DefaultHttpContext(),
            new AuthenticationScheme(JwtBearerDefaults.AuthenticationScheme, null, typeof(JwtBearerHandler)),
            new JwtBearerOptions())
        {
            Principal = new ClaimsPrincipal(validated.ClaimsIdentity),
            SecurityToken = validated.SecurityToken,
        };

        await BearerEvents.CheckAccountAsync(context);

        Assert.Null(context.Result);
        var identity = Assert.IsType<ClaimsIdentity>(context.Principal!.Identity);
        Assert.True(identity.IsAuthenticated);
        Assert.Equal("Anna Rossi", identity.Name);
        Assert.True(context.Principal.IsInRole("participant"));
        Assert.Equal(
            [("lab", "lab-uno"), ("name", "Anna Rossi"), ("role", "participant"), ("sub", "p-anna")],
            identity.Claims.Select(c => (c.Type, c.Value)).Order().ToArray());
        Assert.Equal(new Caller("p-anna", Role.Participant, "Anna Rossi", "lab-uno"), Caller.From(context.Principal));
    }
}
