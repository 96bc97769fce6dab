using Laboratori.Contracts;

namespace Laboratori.Web.Enti;

/// <summary>The stable error codes of the register of enti (docs/protocol.md lists them).</summary>
public static class EntiErrors
{
    public static readonly CanvasError TypeUnknown = new("ente_type_unknown", "Tipo di ente sconosciuto.", "Unknown kind of organisation.");
    public static readonly CanvasError Exists = new("ente_exists", "Questo ente è già nel registro.", "This organisation is already in the register.");
    public static readonly CanvasError NotFound = new("ente_not_found", "Ente non trovato nel registro del programma.", "Organisation not found in the programme's register.");

    public static IReadOnlyList<CanvasError> All { get; } = [TypeUnknown, Exists, NotFound];

    public static int? StatusFor(string code) => code switch
    {
        "ente_type_unknown" => StatusCodes.Status400BadRequest,
        "ente_exists" => StatusCodes.Status409Conflict,
        "ente_not_found" => StatusCodes.Status404NotFound,
        _ => null,
    };
}
