using Laboratori.Contracts;
using Laboratori.Contracts.Labs;
using Laboratori.Grains.Labs;

namespace Laboratori.Web.Auth;

/// <summary>The lab and the caller's actor in it, or (both null) the error that says why the caller may not use it.</summary>
public sealed record LabAccessResult(LabInfo? Lab, Actor? Actor, CanvasError? Error)
{
    public static LabAccessResult Denied(CanvasError error) => new(null, null, error);
}
