using System.Security.Claims;
using Laboratori.Contracts;

namespace Laboratori.Web.Auth;

/// <summary>The authenticated caller of a request or hub connection, read from the token's claims.</summary>
public sealed record Caller(string Id, Role Role, string DisplayName, string? LabId)
{
    /// <summary>The account role of the token (<see cref="StaffRoles"/>): coordinator and tutor are finer than <see cref="Role"/>.</summary>
    public string AccountRole { get; init; } = StaffRoles.FromLabRole(Role);

    public bool IsStaff => Role != Role.Participant;

    public static Caller? From(ClaimsPrincipal user)
    {
        var id = user.FindFirstValue(TokenService.SubjectClaim);
        var accountRole = user.FindFirstValue(TokenService.RoleClaim)?.ToLowerInvariant();
        return id is null || StaffRoles.ToLabRole(accountRole) is not { } role
            ? null
            : new Caller(id, role, user.FindFirstValue(TokenService.NameClaim) ?? id, user.FindFirstValue(TokenService.LabClaim)) { AccountRole = accountRole! };
    }
}
