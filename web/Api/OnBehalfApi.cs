using Laboratori.Contracts;
using Laboratori.Web.Attendance;
using Laboratori.Web.Auth;
using Laboratori.Web.Enti;

namespace Laboratori.Web.Api;

/// <summary>
/// The "Per conto di" choices of a lab's add box: those who run the lab and its tutors (who may write cards for someone
/// in the room) read the people of its roster and the enti of its programme's register. Trainers and participants
/// get <c>forbidden</c>: they never write for anyone.
/// </summary>
public static class OnBehalfApi
{
    public static readonly CanvasError Refusal =
        Errors.Forbidden.With("Scrivono per conto di altri solo chi facilita e i tutor.", "Only facilitators and tutors write on someone else's behalf.");

    public static IEndpointRouteBuilder MapOnBehalfApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/labs/{labId}/on-behalf", ChoicesAsync).RequireLabRole(LabRequirement.Staff, Refusal).Audited(AuditActions.OnBehalfRead);
        return app;
    }

    private static async Task<IResult> ChoicesAsync(string labId, HttpContext http, AdherentStore adherents, EnteStore enti)
    {
        if (LabGrant.Of(http).Actor.Role is not (Role.Facilitator or Role.Admin or Role.Tutor))
        {
            return ApiProblem.From(Refusal);
        }

        var erased = await adherents.ErasedAsync(labId);
        var people = (await adherents.ListAsync(labId))
            .Where(a => a.MergedInto is null && !erased.Contains(a.MemberId))
            .Select(a => new OnBehalfPerson(a.MemberId, a.DisplayName, a.Organisation))
            .ToArray();
        var register = (await enti.ForLabAsync(labId)).Select(EnteView.From).Select(e => new OnBehalfEnte(e.Id, e.Name, e.TypeName, e.TypeNameEn)).ToArray();
        return TypedResults.Ok(new OnBehalfChoices(people, register));
    }
}
