using Laboratori.Contracts;
using Laboratori.Web.Auth;
using Laboratori.Web.Programmes;

namespace Laboratori.Web.Attendance;

/// <summary>
/// Who may take a lab's roll call: those who run it (its facilitators, coordinators, admins) and the tutors of its
/// edizione; other staff who can open the lab read the register; participants neither. Built on <see cref="LabAccess"/>,
/// which decides the lab role; only the tutor, whom lab roles count as an observer, is told apart here.
/// </summary>
public sealed class RegisterAccess(LabAccess access, ProgrammeCache programmes)
{
    public async Task<(RegisterPermission Permission, CanvasError? Error)> ResolveAsync(System.Security.Claims.ClaimsPrincipal user, string labId)
    {
        var found = await access.ResolveAsync(user, labId);
        if (found.Actor?.Role is Role.Facilitator or Role.Admin)
        {
            return (RegisterPermission.Mark, null);
        }

        if (found.Actor?.Role is not Role.Trainer)
        {
            return (RegisterPermission.None, found.Error ?? Errors.Forbidden);
        }

        var tutor = Caller.From(user) is { } caller && await programmes.PlacementAsync(labId) is { } placement
            && (await programmes.ScopeAsync(caller.Id)).RoleIn(placement.ProgrammeId, placement.EdizioneId) == StaffRoles.Tutor;
        return (tutor ? RegisterPermission.Mark : RegisterPermission.Read, null);
    }
}
