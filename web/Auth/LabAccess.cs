using Laboratori.Contracts;
using Laboratori.Contracts.Labs;
using Laboratori.Grains.Canvas;
using Laboratori.Grains.Labs;

namespace Laboratori.Web.Auth;

/// <summary>
/// The caller's role in one lab: participants only in the lab their token names; facilitators run the labs they
/// facilitate and watch the others read-only (as trainers do); admins run any lab.
/// </summary>
public sealed class LabAccess(IGrainFactory grains)
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

        if (caller.Role == Role.Participant && caller.LabId != labId)
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

        var role = caller.Role switch
        {
            Role.Participant => Role.Participant,
            Role.Admin => Role.Admin,
            Role.Facilitator when lab.Facilitators.Contains(caller.Id) => Role.Facilitator,
            _ => Role.Trainer,
        };
        return new LabAccessResult(lab, new Actor(caller.Id, role, caller.DisplayName), null);
    }
}
