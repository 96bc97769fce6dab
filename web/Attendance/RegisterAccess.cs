using Laboratori.Contracts;
using Laboratori.Web.Auth;

namespace Laboratori.Web.Attendance;

/// <summary>
/// Who may take a lab's roll call: those who run it (its facilitators, coordinators, admins) and the tutors of its
/// edizione (lab role tutor, decided by <see cref="LabAccess"/>); other staff who can open the lab read the register;
/// participants neither.
/// </summary>
public sealed class RegisterAccess(LabAccess access)
{
    public async Task<(RegisterRight Permission, CanvasError? Error)> ResolveAsync(System.Security.Claims.ClaimsPrincipal user, string labId) =>
        (await access.ResolveAsync(user, labId)) switch
        {
            { Actor.Role: Role.Facilitator or Role.Admin or Role.Tutor } => (RegisterRight.Mark, null),
            { Actor.Role: Role.Trainer } => (RegisterRight.Read, null),
            var found => (RegisterRight.None, found.Error ?? Errors.Forbidden),
        };
}
