using Laboratori.Contracts;
using Laboratori.Contracts.Labs;
using Laboratori.Grains.Canvas;
using Laboratori.Grains.Labs;
using Laboratori.Web.Programmes;

namespace Laboratori.Web.Auth;

/// <summary>
/// The caller's role in one lab, decided here and nowhere else. Participants: only the lab their token names. Admins
/// run every lab. In a lab placed in a programme: its coordinators, the lab's own facilitators and the facilitators of
/// its edizione run it; tutors assigned to its edizione annotate in it (<see cref="Role.Tutor"/>); trainers assigned to
/// the edizione or the programme watch it; other staff may not
/// open it. A lab that stands alone keeps the open rule: its facilitators run it, other staff watch it.
/// </summary>
public sealed class LabAccess(IGrainFactory grains, ProgrammeCache programmes)
{
    /// <summary>The role of the request's or connection's user in the lab; <c>unauthorized</c> without a token.</summary>
    public Task<LabAccessResult> ResolveAsync(System.Security.Claims.ClaimsPrincipal user, string labId) =>
        Caller.From(user) is { } caller ? ResolveAsync(caller, labId) : Task.FromResult(LabAccessResult.Denied(Errors.Unauthorized));

    public async Task<LabAccessResult> ResolveAsync(Caller caller, string labId)
    {
        if (!Ids.IsWellFormed(labId))
        {
            return LabAccessResult.Denied(Errors.LabNotFound);
        }

        if (caller.LabId is not null && caller.LabId != labId)
        {
            return LabAccessResult.Denied(Errors.Forbidden);
        }

        if (await grains.GetGrain<ILaboratorioGrain>(labId).GetAsync() is not { } lab)
        {
            return LabAccessResult.Denied(Errors.LabNotFound);
        }

        if (caller.Role == Role.Participant && await grains.GetGrain<ICanvasGrain>(labId).IsRemovedAsync(caller.Id))
        {
            return LabAccessResult.Denied(Errors.Removed);
        }

        return await DecideAsync(caller, lab);
    }

    /// <summary>
    /// The role of a staff caller in a lab whose summary is at hand (the directory's), for listing: activates no lab
    /// grain. Participants list nothing.
    /// </summary>
    public Task<LabAccessResult> ResolveListedAsync(Caller caller, LabInfo lab) =>
        caller.Role == Role.Participant || caller.LabId is not null
            ? Task.FromResult(LabAccessResult.Denied(Errors.Forbidden))
            : DecideAsync(caller, lab);

    private async Task<LabAccessResult> DecideAsync(Caller caller, LabInfo lab)
    {
        var role = caller.LabId is not null || caller.Role is Role.Participant or Role.Admin ? caller.Role : await StaffRoleAsync(caller, lab);
        return role is { } granted ? new LabAccessResult(lab, new Actor(caller.Id, granted, caller.DisplayName), null) : LabAccessResult.Denied(Errors.Forbidden);
    }

    private async Task<Role?> StaffRoleAsync(Caller caller, LabInfo lab)
    {
        var runsIt = lab.Facilitators.Contains(caller.Id) && caller.Role == Role.Facilitator;
        if (await programmes.PlacementAsync(lab.Id) is not { } placement)
        {
            return runsIt ? Role.Facilitator : Role.Trainer;
        }

        var scope = await programmes.ScopeAsync(caller.Id);
        if (runsIt || scope.Coordinates(placement.ProgrammeId))
        {
            return Role.Facilitator;
        }

        return scope.RoleIn(placement.ProgrammeId, placement.EdizioneId) switch
        {
            StaffRoles.Facilitator when caller.Role == Role.Facilitator => Role.Facilitator,
            StaffRoles.Tutor when caller.Role == Role.Tutor => Role.Tutor,
            StaffRoles.Facilitator or StaffRoles.Tutor or StaffRoles.Trainer => Role.Trainer,
            _ => null,
        };
    }
}
