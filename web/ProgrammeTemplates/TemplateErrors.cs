using Laboratori.Contracts;
using Laboratori.Grains.Canvas.Operations;

namespace Laboratori.Web.ProgrammeTemplates;

/// <summary>The stable error codes of programme templates (docs/protocol.md lists them).</summary>
public static class TemplateErrors
{
    public static readonly CanvasError NotFound = new("template_not_found", "Modello non trovato in questo programma.", "Template not found in this programme.");
    public static readonly CanvasError NoColumns = new("template_no_columns", "Il modello non ha colonne: serve almeno una colonna.", "The template has no columns: at least one is needed.");
    public static readonly CanvasError RowsWithoutColumns = new("template_rows_without_columns", "Le righe di una matrice hanno bisogno di almeno una colonna.", "A matrix's rows need at least one column.");
    public static readonly CanvasError TooLarge = new("template_too_large", $"Troppe colonne o celle: al massimo {TemplateRules.MaxColumns} colonne, {TemplateRules.MaxRows} righe, {CreateLab.MaxLanes} celle, {TemplateRules.MaxPhases} fasi.", $"Too many columns or cells: at most {TemplateRules.MaxColumns} columns, {TemplateRules.MaxRows} rows, {CreateLab.MaxLanes} cells, {TemplateRules.MaxPhases} phases.");
    public static readonly CanvasError NameMissing = new("template_name_missing", "Manca un nome (del modello, di una colonna, di una riga o di una fase).", "A name is missing (of the template, a column, a row or a phase).");
    public static readonly CanvasError KeyInvalid = new("template_key_invalid", "Chiave non valida: lettere minuscole, cifre e trattini, al massimo 30.", "Invalid key: lower-case letters, digits and hyphens, at most 30.");
    public static readonly CanvasError KeyDuplicate = new("template_key_duplicate", "Due colonne, righe o fasi hanno la stessa chiave (o lo stesso nome).", "Two columns, rows or phases have the same key (or the same name).");
    public static readonly CanvasError KindUnknown = new("template_kind_unknown", "Tipo di colonna sconosciuto: need, resource, action o other.", "Unknown column kind: need, resource, action or other.");
    public static readonly CanvasError DurationInvalid = new("template_duration_invalid", $"Durata della fase non valida: da 1 a {CreateLab.MaxPhaseMinutes} minuti.", $"Invalid phase duration: 1 to {CreateLab.MaxPhaseMinutes} minutes.");
    public static readonly CanvasError PhaseInvalid = new("template_phase_invalid", "Una fase nomina una colonna, una riga o un'attività che il modello non ha.", "A phase names a column, row or activity the template does not have.");
    public static readonly CanvasError BudgetInvalid = new("template_budget_invalid", "Voti per persona non validi.", "Invalid votes per person.");

    public static IReadOnlyList<CanvasError> All { get; } =
        [NotFound, NoColumns, RowsWithoutColumns, TooLarge, NameMissing, KeyInvalid, KeyDuplicate, KindUnknown, DurationInvalid, PhaseInvalid, BudgetInvalid];

    public static int? StatusFor(string code) => code switch
    {
        "template_not_found" => StatusCodes.Status404NotFound,
        _ when code.StartsWith("template_", StringComparison.Ordinal) => StatusCodes.Status400BadRequest,
        _ => null,
    };
}
