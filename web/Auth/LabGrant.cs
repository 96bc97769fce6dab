using Laboratori.Contracts;
using Laboratori.Contracts.Labs;

namespace Laboratori.Web.Auth;

/// <summary>The lab of the request's <c>{labId}</c> and the caller's actor in it, once <see cref="LabRoleFilter"/> has let the request in.</summary>
public sealed record LabGrant(LabInfo Lab, Actor Actor)
{
    /// <summary>The grant <see cref="LabRoleFilter"/> left on the request; only endpoints behind <c>RequireLabRole</c> may ask.</summary>
    public static LabGrant Of(HttpContext http) =>
        http.Features.Get<LabGrant>() ?? throw new InvalidOperationException("The endpoint is not behind RequireLabRole.");
}
