using Laboratori.Contracts;

namespace Laboratori.Web.Programmes;

/// <summary>The stable error codes of programmes, percorsi, edizioni and incontri, with their HTTP status (docs/protocol.md lists them).</summary>
public static class ProgrammeErrors
{
    public static readonly CanvasError ProgrammeNotFound = new("programme_not_found", "Programma non trovato.", "Programme not found.");
    public static readonly CanvasError PercorsoNotFound = new("percorso_not_found", "Percorso non trovato.", "Track not found.");
    public static readonly CanvasError EdizioneNotFound = new("edizione_not_found", "Edizione non trovata.", "Edition not found.");
    public static readonly CanvasError IncontroNotFound = new("incontro_not_found", "Incontro non trovato.", "Meeting not found.");
    public static readonly CanvasError DatesInvalid = new("dates_invalid", "Date non valide: la fine precede l'inizio o esce dal periodo che la contiene.", "Invalid dates: the end is before the start, or outside the enclosing period.");
    public static readonly CanvasError DatesOverlap = new("dates_overlap", "Si sovrappone a un altro incontro dello stesso laboratorio.", "It overlaps another meeting of the same lab.");
    public static readonly CanvasError HoursInvalid = new("hours_invalid", "Ore non valide: servono un numero tra 0 e 1000.", "Invalid hours: a number from 0 to 1000 is needed.");
    public static readonly CanvasError SedeUnknown = new("sede_unknown", "Sede non presente nell'elenco.", "This sede is not in the list.");
    public static readonly CanvasError FundUnknown = new("fund_unknown", "Fondo sconosciuto: fse_plus, pon, pnrr, piano_di_zona o altro.", "Unknown fund: fse_plus, pon, pnrr, piano_di_zona or altro.");
    public static readonly CanvasError CupInvalid = new("cup_invalid", "Codice CUP non valido: 15 lettere e cifre.", "Invalid CUP code: 15 letters and digits.");
    public static readonly CanvasError ThresholdInvalid = new("threshold_invalid", "Soglia non valida: da 1 a 100 per cento.", "Invalid threshold: 1 to 100 percent.");
    public static readonly CanvasError ModeUnknown = new("mode_unknown", "Modalità sconosciuta: presenza, remoto o misto.", "Unknown mode: presenza, remoto or misto.");
    public static readonly CanvasError OtherProgramme = new("other_programme", "Appartiene a un altro programma.", "It belongs to another programme.");
    public static readonly CanvasError HasLabActivity = new("has_lab_activity", "Contiene laboratori con attività registrata: archivialo invece di eliminarlo.", "It holds labs with recorded activity: archive it instead of deleting it.");
    public static readonly CanvasError Archived = new("archived", "È archiviato: riattivalo prima di modificarlo.", "It is archived: restore it before changing it.");

    /// <summary>Every programme error, for documentation.</summary>
    public static IReadOnlyList<CanvasError> All { get; } =
        typeof(ProgrammeErrors).GetFields().Where(f => f.FieldType == typeof(CanvasError)).Select(f => (CanvasError)f.GetValue(null)!).ToArray();

    /// <summary>The HTTP status of a programme error code, or null for other codes.</summary>
    public static int? StatusFor(string code) => code switch
    {
        "programme_not_found" or "percorso_not_found" or "edizione_not_found" or "incontro_not_found" => StatusCodes.Status404NotFound,
        "dates_overlap" or "has_lab_activity" or "archived" => StatusCodes.Status409Conflict,
        "dates_invalid" or "hours_invalid" or "sede_unknown" or "fund_unknown" or "cup_invalid" or "threshold_invalid" or "mode_unknown" or "other_programme" => StatusCodes.Status400BadRequest,
        _ => null,
    };
}
