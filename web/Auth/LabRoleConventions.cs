using Laboratori.Contracts;

namespace Laboratori.Web.Auth;

/// <summary><c>RequireLabRole</c>: puts a lab endpoint, or a group of them, behind <see cref="LabRoleFilter"/>.</summary>
public static class LabRoleConventions
{
    /// <summary>
    /// Lets in only callers whose role in the route's <c>{labId}</c> meets <paramref name="requirement"/>; others get
    /// <paramref name="refusal"/> (default <c>forbidden</c>). Requires an authenticated caller as well.
    /// </summary>
    public static TBuilder RequireLabRole<TBuilder>(this TBuilder builder, LabRequirement requirement, CanvasError? refusal = null)
        where TBuilder : IEndpointConventionBuilder =>
        builder.RequireAuthorization().AddEndpointFilter(new LabRoleFilter(requirement, refusal ?? Errors.Forbidden));
}
