using Laboratori.Contracts;

namespace Laboratori.Web.Privacy;

/// <summary>The stable error codes of the privacy notice at join (docs/protocol.md lists them).</summary>
public static class PrivacyErrors
{
    public static readonly CanvasError Required = new("privacy_required", "Prima di entrare leggi l'informativa sulla privacy.", "Read the privacy notice before joining.");
    public static readonly CanvasError Outdated = new("privacy_outdated", "L'informativa sulla privacy è cambiata: leggila di nuovo prima di entrare.", "The privacy notice has changed: read it again before joining.");

    public static IReadOnlyList<CanvasError> All { get; } = [Required, Outdated];

    public static int? StatusFor(string code) => code switch
    {
        "privacy_required" => StatusCodes.Status400BadRequest,
        "privacy_outdated" => StatusCodes.Status409Conflict,
        _ => null,
    };
}
