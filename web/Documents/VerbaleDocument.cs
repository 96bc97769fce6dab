using System.Collections.Immutable;
using Laboratori.Grains.Actions;
using Laboratori.Grains.Canvas;
using Laboratori.Grains.Cohesion;
using Laboratori.Grains.History.Synthesis;

namespace Laboratori.Web.Documents;

/// <summary>
/// The verbale of one incontro: where and when, the mandate, attendance, the synthesis grid and the actions as the
/// incontro left them, and its cohesion figures. Times are Italian local time.
/// </summary>
public static class VerbaleDocument
{
    /// <summary>The verbale of incontro <paramref name="number"/>, or null when the lab has no such incontro.</summary>
    public static DocumentModel? Build(LabDossier dossier, int number, DateTimeOffset now)
    {
        var log = dossier.Cohesion.Log;
        if (log.Canvas.Meetings.Find(m => m.Number == number) is not { } meeting)
        {
            return null;
        }

        var end = meeting.ClosedSeq ?? log.Seq;
        var state = CanvasFold.Fold(null, dossier.Events.TakeWhile(e => e.Seq <= end));
        var endAt = meeting.ClosedAt ?? dossier.Events.LastOrDefault(e => e.Seq <= end)?.At ?? meeting.OpenedAt;
        var d = dossier.Lab.Definition;
        var date = DateOnly.FromDateTime(Exports.RomeTime.Of(meeting.OpenedAt).DateTime);
        var planned = dossier.Planned.FirstOrDefault(i => i.Date == date);
        var attendance = dossier.Attendance.FirstOrDefault(a => a.Number == number);
        var cohesion = CohesionMeasures.Compute(dossier.Cohesion).Meetings.FirstOrDefault(m => m.Number == number);
        var plan = ActionPlanBuilder.Build(dossier.Lab.Id, state, DateOnly.FromDateTime(Exports.RomeTime.Of(endAt).DateTime));

        var facts = new List<KeyValuePair<string, string>>
        {
            new("Laboratorio", d.Title),
            new("Incontro", $"n. {number} — {meeting.Title}"),
            new("Data", DocumentParts.Date(meeting.OpenedAt)),
            new("Orario", $"{DocumentParts.Time(meeting.OpenedAt)}–{(meeting.ClosedAt is { } closed ? DocumentParts.Time(closed) : "in corso")}"),
        };
        AddIf(facts, "Modalità", planned?.Mode switch { "remoto" => "A distanza", "misto" => "In presenza e a distanza", null => string.Empty, _ => "In presenza" });
        AddIf(facts, "Sede", dossier.Context.Sede);
        AddIf(facts, "Programma", dossier.Context.Programme?.Title ?? string.Empty);
        AddIf(facts, "Percorso", dossier.Context.Percorso?.Title ?? d.Percorso);
        AddIf(facts, "Edizione", dossier.Context.Edizione?.Title ?? d.Edizione);
        AddIf(facts, "Tema", d.Theme);
        AddIf(facts, "Mandato", d.Mandate);

        var blocks = ImmutableArray.CreateBuilder<DocumentBlock>();
        blocks.Add(new DocumentFacts([.. facts]));
        blocks.Add(new DocumentHeading(1, "Presenze"));
        blocks.Add(new DocumentParagraph(attendance is null
            ? "Presenze non registrate."
            : $"Presenti: {attendance.Present} su {attendance.Enrolled} adesioni ({DocumentParts.Percent(attendance.Enrolled == 0 ? null : (double)attendance.Present / attendance.Enrolled)})."));
        blocks.Add(new DocumentParagraph("Presenze rilevate dagli ingressi nella stanza del laboratorio durante l'incontro.", Note: true));
        blocks.Add(new DocumentHeading(1, "Griglia di sintesi"));
        blocks.Add(new DocumentParagraph($"Come l'incontro l'ha lasciata (alle {DocumentParts.Time(endAt)}). ● voti ricevuti; «collegata»: scheda collegata alle schede del tema."));
        blocks.Add(DocumentParts.Grid(SynthesisBuilder.Build(dossier.Lab.Id, state, endAt)));
        blocks.Add(new DocumentHeading(1, "Azioni e responsabili"));
        blocks.Add(plan.Actions.IsEmpty ? new DocumentParagraph("Nessuna azione.") : DocumentParts.Actions(plan.Actions.Select(a => ((string?)null, a)), withLab: false));
        if (cohesion is not null)
        {
            blocks.Add(new DocumentHeading(1, "Coesione dell'incontro"));
            blocks.Add(new DocumentFacts(
            [
                new("Massa interattiva", $"{cohesion.InteractivePeople} persone di {cohesion.InteractiveEnti} enti"),
                new("Interazioni", cohesion.Interactions.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                new("Quota intersettoriale", DocumentParts.Percent(cohesion.CrossSectorShare)),
                new("Quota tra enti diversi", DocumentParts.Percent(cohesion.CrossEnteShare)),
            ]));
            blocks.Add(new DocumentParagraph("Formule e significato delle misure: docs/cohesion.md.", Note: true));
        }

        blocks.Add(DocumentParts.Produced(now));
        return new DocumentModel($"Verbale dell'incontro n. {number} — {d.Title}", dossier.Context.Letterhead, blocks.ToImmutable());
    }

    private static void AddIf(List<KeyValuePair<string, string>> facts, string label, string value)
    {
        if (value.Length > 0)
        {
            facts.Add(new(label, value));
        }
    }
}
