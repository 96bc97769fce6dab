using Laboratori.Contracts;

namespace Laboratori.Web.Api;

/// <summary>The <c>forbidden</c> answers that say which part of a lab the caller's role does not reach.</summary>
public static class LabRefusals
{
    public static readonly CanvasError History =
        Errors.Forbidden.With("La cronologia è riservata a formatori e facilitatori.", "History is for trainers and facilitators.");

    public static readonly CanvasError Network =
        Errors.Forbidden.With("La rete è riservata a formatori e facilitatori.", "The network is for trainers and facilitators.");
}
