using System.Security.Claims;
using System.Security.Cryptography;
using Laboratori.Silo.Storage;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Laboratori.Web.Auth;

/// <summary>
/// Issues the JWTs that the standard bearer handler checks (HMAC-SHA256, issuer and audience <c>laboratori</c>).
/// Staff tokens carry the account's security stamp, so changing the stamp (disable, reset, sign out everywhere)
/// ends them; participant tokens are scoped to one lab.
/// </summary>
public sealed class TokenService
{
    public const string Issuer = "laboratori";
    public const string SubjectClaim = "sub";
    public const string RoleClaim = "role";
    public const string NameClaim = "name";
    public const string LabClaim = "lab";
    public const string StampClaim = "sst";
    public const string ProjectorLinkClaim = "plk";

    private readonly JsonWebTokenHandler _handler = new() { SetDefaultTimesOnTokenCreation = false };
    private readonly TimeProvider _time;
    private readonly AuthOptions _options;

    public TokenService(IOptions<AuthOptions> auth, IOptions<StorageOptions> storage, TimeProvider time)
    {
        _time = time;
        _options = auth.Value;
        var key = _options.SigningKey is { Length: > 0 } configured ? Convert.FromBase64String(configured) : SigningKeyFile.LoadOrCreate(storage.Value);
        if (key.Length < 32)
        {
            throw new InvalidOperationException("Auth:SigningKey must hold at least 32 bytes (base64).");
        }

        Key = new SymmetricSecurityKey(key) { KeyId = "laboratori" };
    }

    /// <summary>The key the bearer handler validates signatures with.</summary>
    public SymmetricSecurityKey Key { get; }

    /// <summary>A participant's (or another lab-scoped) token.</summary>
    public string Issue(TokenClaims claims)
    {
        var list = new List<Claim> { new(SubjectClaim, claims.Sub), new(RoleClaim, StaffRoles.FromLabRole(claims.Role)), new(NameClaim, claims.Name) };
        if (claims.Lab is not null)
        {
            list.Add(new Claim(LabClaim, claims.Lab));
        }

        return Create(list, claims.Exp);
    }

    /// <summary>
    /// A projector link's token: read-only in one lab, in the role <see cref="StaffRoles.Projector"/> (no staff policy
    /// admits it), carrying the link's id so that revoking the link ends it.
    /// </summary>
    public (string Token, DateTimeOffset ExpiresAt) IssueProjector(string labId, string linkId)
    {
        var expires = _time.GetUtcNow() + _options.ProjectorLinkLifetime;
        var claims = new List<Claim>
        {
            new(SubjectClaim, "projector-" + linkId), new(RoleClaim, StaffRoles.Projector), new(NameClaim, "Proiettore"),
            new(LabClaim, labId), new(ProjectorLinkClaim, linkId),
        };
        return (Create(claims, expires), expires);
    }

    /// <summary>A staff account's session token, valid while the account's security stamp is unchanged.</summary>
    public (string Token, DateTimeOffset ExpiresAt) IssueStaff(StaffUser user, string role)
    {
        var expires = _time.GetUtcNow() + _options.StaffTokenLifetime;
        var claims = new List<Claim>
        {
            new(SubjectClaim, user.Id), new(RoleClaim, role), new(NameClaim, user.DisplayName.Length > 0 ? user.DisplayName : user.UserName ?? user.Id),
            new(StampClaim, user.SecurityStamp ?? string.Empty),
        };
        return (Create(claims, expires), expires);
    }

    /// <summary>What the bearer handler checks: signature, issuer, audience, lifetime against our clock.</summary>
    public TokenValidationParameters ValidationParameters() => new()
    {
        ValidIssuer = Issuer,
        ValidAudience = Issuer,
        IssuerSigningKey = Key,
        NameClaimType = NameClaim,
        RoleClaimType = RoleClaim,
        ClockSkew = _options.ClockSkew,
        LifetimeValidator = (notBefore, expires, _, parameters) =>
        {
            var now = _time.GetUtcNow().UtcDateTime;
            return expires is { } end && now < end + parameters.ClockSkew && (notBefore is not { } start || now >= start - parameters.ClockSkew);
        },
    };

    private string Create(List<Claim> claims, DateTimeOffset expires)
    {
        claims.Add(new Claim(JwtRegisteredClaimNames.Jti, Convert.ToHexString(RandomNumberGenerator.GetBytes(12))));
        var now = _time.GetUtcNow().UtcDateTime;
        return _handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = Issuer,
            Subject = new ClaimsIdentity(claims),
            IssuedAt = now,
            NotBefore = now,
            Expires = expires.UtcDateTime,
            SigningCredentials = new SigningCredentials(Key, SecurityAlgorithms.HmacSha256),
        });
    }
}
