using System.Security.Claims;
using Laboratori.Contracts;

namespace Laboratori.Web.Auth;

/// <summary>The authenticated caller of a request or hub connection, read from the token's claims.</summary>
public sealed record Caller(string Id, Role Role, string DisplayName, string? LabId)
{
    public bool IsStaff => Role != Role.Participant;

    public static Caller? From(ClaimsPrincipal user)
    {
        var id = user.FindFirstValue("sub");
        return id is null || !Enum.TryParse<Role>(user.FindFirstValue("role"), out var role)
            ? null
            : new Caller(id, role, user.FindFirstValue("name") ?? id, user.FindFirstValue("lab"));
    }

    public static IEnumerable<Claim> ToClaims(TokenClaims claims)
    {
        yield return new Claim("sub", claims.Sub);
        yield return new Claim("role", claims.Role.ToString());
        yield return new Claim("name", claims.Name);
        if (claims.Lab is not null)
        {
            yield return new Claim("lab", claims.Lab);
        }
    }
}
