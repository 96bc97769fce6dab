using Laboratori.Contracts;
using Laboratori.Web.Api;

namespace Laboratori.Web.Auth;

/// <summary>
/// The access check of every <c>/api/labs/{labId}/…</c> endpoint, in one place: resolves the caller's role in the lab
/// with <see cref="LabAccess"/>, answers its error (401, 403, 404) or <paramref name="refusal"/> when the role falls short
/// of <paramref name="requirement"/>, and otherwise leaves a <see cref="LabGrant"/> on the request for the endpoint.
/// </summary>
public sealed class LabRoleFilter(LabRequirement requirement, CanvasError refusal) : IEndpointFilter
{
    public const string RouteKey = "labId";

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        if (http.Response.StatusCode == StatusCodes.Status400BadRequest)
        {
            // A route or query value that did not bind: the endpoint will not run, so say so with the documented code.
            return ApiProblem.From(Errors.BadRequest);
        }

        var labId = http.Request.RouteValues[RouteKey] as string ?? string.Empty;
        var found = await http.RequestServices.GetRequiredService<LabAccess>().ResolveAsync(http.User, labId);
        if (found is not { Lab: { } lab, Actor: { } actor })
        {
            return ApiProblem.From(found.Error ?? Errors.Forbidden);
        }

        if (!Meets(actor, requirement))
        {
            return ApiProblem.From(refusal);
        }

        http.Features.Set(new LabGrant(lab, actor));
        return await next(context);
    }

    public static bool Meets(Actor actor, LabRequirement requirement) => requirement switch
    {
        LabRequirement.Member => true,
        LabRequirement.Staff => actor.Role != Role.Participant,
        LabRequirement.Runner => actor.IsStaffRunner,
        _ => false,
    };
}
