using System.Text.RegularExpressions;
using Laboratori.Grains.Canvas;
using Laboratori.Grains.Canvas.Operations;
using Laboratori.Contracts;
using Laboratori.Contracts.Labs;
using Laboratori.Grains.Labs;

namespace Laboratori.Web.Programmes;

/// <summary>The checks on programme, percorso, edizione and incontro input, each answering a documented code.</summary>
public static partial class ProgrammeRules
{
    public const int MaxTitle = 120;
    public const int MaxText = 500;
    public static readonly string[] Modes = ["presenza", "remoto", "misto"];

    public static CanvasError? Programme(ProgrammeRequest r) =>
        Rules.Text(r.Title?.Trim() ?? string.Empty, MaxTitle)
        ?? Optional(r.OwnerBody, MaxTitle)
        ?? (r.Fund is null || Funds.All.Contains(r.Fund) ? null : ProgrammeErrors.FundUnknown)
        ?? (string.IsNullOrWhiteSpace(r.Cup) || CupPattern().IsMatch(r.Cup.Trim().ToUpperInvariant()) ? null : ProgrammeErrors.CupInvalid)
        ?? Period(r.StartDate, r.EndDate);

    public static CanvasError? Percorso(PercorsoRequest r) =>
        Rules.Text(r.Title?.Trim() ?? string.Empty, MaxTitle)
        ?? Optional(r.TargetGroup, MaxText)
        ?? (r.PlannedHours is null or (>= 0 and <= 1000) ? null : ProgrammeErrors.HoursInvalid)
        ?? (r.CertificateThreshold is null or (>= 1 and <= 100) ? null : ProgrammeErrors.ThresholdInvalid)
        ?? (string.IsNullOrWhiteSpace(r.TemplateId) || Templates.All.ContainsKey(r.TemplateId) ? null : Errors.BadRequest.With("Modello sconosciuto.", "Unknown template."));

    public static CanvasError? Edizione(EdizioneRequest r, Programme programme, IReadOnlyList<Sede> sedi) =>
        Optional(r.Title, MaxTitle)
        ?? (r.SedeId is not null && sedi.Any(s => s.Id == r.SedeId) ? null : ProgrammeErrors.SedeUnknown)
        ?? Period(r.StartDate, r.EndDate)
        ?? (r.StartDate < programme.StartDate || r.EndDate > programme.EndDate
            ? ProgrammeErrors.DatesInvalid.With($"Periodo del programma: {programme.StartDate:dd/MM/yyyy}–{programme.EndDate:dd/MM/yyyy}.", $"The programme runs {programme.StartDate:yyyy-MM-dd} to {programme.EndDate:yyyy-MM-dd}.")
            : null);

    public static CanvasError? Incontro(IncontroRequest r, IReadOnlyList<Sede> sedi) =>
        r.Date is null || r.Start is null || r.End is null || r.End <= r.Start ? ProgrammeErrors.DatesInvalid
        : r.PlannedHours is < 0 or > 24 ? ProgrammeErrors.HoursInvalid
        : r.Mode is not null && !Modes.Contains(r.Mode) ? ProgrammeErrors.ModeUnknown
        : !string.IsNullOrEmpty(r.SedeId) && !sedi.Any(s => s.Id == r.SedeId) ? ProgrammeErrors.SedeUnknown
        : null;

    public static string Clean(string? text) => text?.Trim() ?? string.Empty;

    private static CanvasError? Period(DateOnly? start, DateOnly? end) => start is null || end is null || end < start ? ProgrammeErrors.DatesInvalid : null;

    private static CanvasError? Optional(string? text, int max) => string.IsNullOrWhiteSpace(text) ? null : Rules.Text(text.Trim(), max);

    [GeneratedRegex("^[A-Z0-9]{15}$")]
    private static partial Regex CupPattern();
}
