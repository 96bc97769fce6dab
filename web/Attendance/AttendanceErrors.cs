using Laboratori.Contracts;

namespace Laboratori.Web.Attendance;

/// <summary>The stable error codes of adesioni, personal links and imports, with their HTTP status (docs/protocol.md lists them).</summary>
public static class AttendanceErrors
{
    public static readonly CanvasError ImportFormat = new("import_format", "File non leggibile: serve un CSV o un foglio XLSX.", "Unreadable file: a CSV or an XLSX sheet is needed.");
    public static readonly CanvasError ImportEncoding = new("import_encoding", "Codifica del testo non riconosciuta: salva il file come CSV UTF-8.", "Unrecognised text encoding: save the file as CSV UTF-8.");
    public static readonly CanvasError ImportColumns = new("import_columns", "Colonne non valide: servono nome e, se vuoi, organizzazione, settore, email.", "Invalid columns: name is needed, and optionally organisation, sector, email.");
    public static readonly CanvasError ImportEmpty = new("import_empty", "Il file non contiene nessuna persona.", "The file lists nobody.");
    public static readonly CanvasError ImportTooMany = new("import_too_many", "Troppe righe per questo laboratorio.", "Too many rows for this lab.");
    public static readonly CanvasError ImportDuplicate = new("import_duplicate", "Persona ripetuta (stesso nome e organizzazione).", "Repeated person (same name and organisation).");
    public static readonly CanvasError ImportFormula = new("import_formula", "Le celle non possono contenere formule.", "Cells cannot hold formulas.");
    public static readonly CanvasError ImportRowInvalid = new("import_row_invalid", "Riga non valida.", "Invalid row.");
    public static readonly CanvasError AdherentNotFound = new("adherent_not_found", "Adesione non trovata.", "Enrolment not found.");
    public static readonly CanvasError AdherentExists = new("adherent_exists", "C'è già un'adesione con questo nome e questa organizzazione.", "An enrolment with this name and organisation already exists.");
    public static readonly CanvasError AdherentMatch = new("adherent_match", "Risulti già tra le adesioni: conferma che sei tu o entra come nuova persona.", "You are already enrolled: confirm it is you, or join as a new person.");
    public static readonly CanvasError PersonalLinkInvalid = new("personal_link_invalid", "Link personale non valido.", "Invalid personal link.");
    public static readonly CanvasError PersonalLinkRevoked = new("personal_link_revoked", "Questo link personale è stato revocato: chiedine uno nuovo a chi facilita.", "This personal link was revoked: ask the facilitation team for a new one.");
    public static readonly CanvasError IncontroNotOpen = new("incontro_not_open", "Il registro di questo incontro non è aperto: si compila dal giorno dell'incontro fino al giorno dopo.", "This meeting's register is not open: it is filled in from the meeting's day until the day after.");
    public static readonly CanvasError RegisterStatusInvalid = new("register_status_invalid", "Stato non valido: presente, ritardo, uscita_anticipata o assente.", "Invalid status: presente, ritardo, uscita_anticipata or assente.");
    public static readonly CanvasError RegisterTimeInvalid = new("register_time_invalid", "Orario non valido: HH:mm, entrata prima dell'uscita.", "Invalid time: HH:mm, entry before exit.");
    public static readonly CanvasError AlreadyErased = new("already_erased", "Questa persona è già stata cancellata.", "This person was already erased.");
    public static readonly CanvasError MergeInvalid = new("merge_invalid", "Unione non valida: servono due persone diverse dello stesso laboratorio.", "Invalid merge: two different people of the same lab are needed.");

    /// <summary>Every attendance error, for documentation.</summary>
    public static IReadOnlyList<CanvasError> All { get; } =
        typeof(AttendanceErrors).GetFields().Where(f => f.FieldType == typeof(CanvasError)).Select(f => (CanvasError)f.GetValue(null)!).ToArray();

    /// <summary>The HTTP status of an attendance error code, or null for other codes.</summary>
    public static int? StatusFor(string code) => code switch
    {
        "adherent_not_found" or "personal_link_invalid" => StatusCodes.Status404NotFound,
        "adherent_exists" or "adherent_match" or "incontro_not_open" or "already_erased" => StatusCodes.Status409Conflict,
        "personal_link_revoked" => StatusCodes.Status410Gone,
        "import_format" or "import_encoding" or "import_columns" or "import_empty" or "import_too_many" or "import_duplicate" or "import_formula"
            or "import_row_invalid" or "merge_invalid" or "register_status_invalid" or "register_time_invalid" => StatusCodes.Status400BadRequest,
        _ => null,
    };
}
