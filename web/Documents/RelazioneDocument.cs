using System.Collections.Immutable;
using System.Globalization;
using Laboratori.Grains.Actions;
using Laboratori.Grains.Cohesion;
using Laboratori.Grains.History.Synthesis;

namespace Laboratori.Web.Documents;

/// <summary>
/// The relazione of a lab, and of an edizione or programme: facts, attendance per incontro, cohesion figures, the
/// synthesis grid (for several labs: the Tavolo Unificato), and the Piano delle azioni with owners.
/// </summary>
public static class RelazioneDocument
{
    public static DocumentModel ForLab(LabDossier dossier, DateTimeOffset now, DateOnly today)
    {
        var d = dossier.Lab.Definition;
        var state = dossier.Cohesion.Log.Canvas;
        var report = CohesionMeasures.Compute(dossier.Cohesion);
        var blocks = ImmutableArray.CreateBuilder<DocumentBlock>();
        blocks.Add(new DocumentFacts([.. Facts(dossier)]));
        blocks.Add(new DocumentHeading(1, "Incontri e presenze"));
        blocks.Add(Attendance([dossier], withLab: false));
        blocks.Add(new DocumentParagraph("Presenze rilevate dagli ingressi nella stanza del laboratorio durante ciascun incontro.", Note: true));
        blocks.Add(new DocumentHeading(1, "Coesione"));
        blocks.Add(DocumentParts.Cohesion(report));
        if (!report.Enti.IsEmpty)
        {
            blocks.Add(new DocumentHeading(2, "Enti e indice communityholder"));
            blocks.Add(DocumentParts.Enti(report));
        }

        blocks.Add(new DocumentParagraph("Formule e significato delle misure: docs/cohesion.md.", Note: true));
        blocks.Add(new DocumentHeading(1, "Griglia di sintesi"));
        blocks.Add(DocumentParts.Grid(SynthesisBuilder.Build(dossier.Lab.Id, state, dossier.Events.IsDefaultOrEmpty ? null : dossier.Events[^1].At)));
        var plan = ActionPlanBuilder.Build(dossier.Lab.Id, state, today);
        blocks.Add(new DocumentHeading(1, "Piano delle azioni"));
        blocks.Add(new DocumentParagraph($"Al {today:dd/MM/yyyy}: {plan.Actions.Length} azioni, {plan.Actions.Count(a => a.Overdue)} scadute, {plan.Actions.Count(a => a.Status == "fatto")} fatte."));
        if (!plan.Actions.IsEmpty)
        {
            blocks.Add(DocumentParts.Actions(plan.Actions.Select(a => ((string?)null, a)), withLab: false));
        }

        blocks.Add(DocumentParts.Produced(now));
        return new DocumentModel($"Relazione del laboratorio — {d.Title}", dossier.Context.Letterhead, blocks.ToImmutable());
    }

    public static DocumentModel ForScope(DocumentScope scope, DateTimeOffset now, DateOnly today)
    {
        var blocks = ImmutableArray.CreateBuilder<DocumentBlock>();
        var facts = new List<KeyValuePair<string, string>>();
        AddIf(facts, "Programma", scope.Context.Programme?.Title);
        AddIf(facts, "Percorso", scope.Context.Percorso?.Title);
        AddIf(facts, "Edizione", scope.Context.Edizione?.Title);
        AddIf(facts, "Sede", scope.Context.Sede);
        if (scope.Context.Edizione is { } e)
        {
            facts.Add(new("Periodo", $"dal {e.StartDate:dd/MM/yyyy} al {e.EndDate:dd/MM/yyyy}"));
        }

        facts.Add(new("Laboratori", scope.Labs.Count.ToString(CultureInfo.InvariantCulture)));
        facts.Add(new("Incontri", scope.Labs.Sum(l => l.Attendance.Count).ToString(CultureInfo.InvariantCulture)));
        blocks.Add(new DocumentFacts([.. facts]));

        blocks.Add(new DocumentHeading(1, "Laboratori"));
        var reports = scope.Labs.Select(l => (Lab: l, Report: CohesionMeasures.Compute(l.Cohesion))).ToList();
        blocks.Add(DocumentTable.Of(
            ["Laboratorio", "Incontri", "Partecipazione media", "Massa interattiva", "Quota intersettoriale", "Azioni"],
            reports.Select(r =>
            {
                var plan = ActionPlanBuilder.Build(r.Lab.Lab.Id, r.Lab.Cohesion.Log.Canvas, today);
                return new[]
                {
                    r.Lab.Lab.Definition.Title, r.Report.Meetings.Length.ToString(CultureInfo.InvariantCulture),
                    $"{DocumentParts.Number(r.Report.AveragePresent)} su {r.Report.Adherents} ({DocumentParts.Percent(r.Report.ParticipationRate)})",
                    $"{r.Report.InteractivePeople} persone, {r.Report.InteractiveEnti} enti", DocumentParts.Percent(r.Report.CrossSectorShare),
                    $"{plan.Actions.Length} ({plan.Actions.Count(a => a.Overdue)} scadute)",
                };
            })));
        blocks.Add(new DocumentHeading(1, "Incontri e presenze"));
        blocks.Add(Attendance(scope.Labs, withLab: true));
        blocks.Add(new DocumentHeading(1, "Coesione complessiva"));
        var all = CohesionMeasures.Compute([.. scope.Labs.Select(l => l.Cohesion)]);
        blocks.Add(DocumentParts.Cohesion(all));
        if (!all.Enti.IsEmpty)
        {
            blocks.Add(new DocumentHeading(2, "Enti e indice communityholder"));
            blocks.Add(DocumentParts.Enti(all));
        }

        blocks.Add(new DocumentHeading(1, "Tavolo Unificato"));
        blocks.Add(new DocumentParagraph("Una griglia di sintesi per tutti i laboratori: i temi con lo stesso titolo sono una riga, tra parentesi quadre il laboratorio di ogni scheda."));
        blocks.Add(DocumentParts.Unified(Unified(scope)));
        var plans = ScopePlan(scope, today);
        blocks.Add(new DocumentHeading(1, "Piano delle azioni"));
        blocks.Add(new DocumentParagraph($"Al {today:dd/MM/yyyy}: {plans.Actions.Length} azioni, {plans.Actions.Count(a => a.Action.Overdue)} scadute, {plans.Actions.Count(a => a.Action.Status == "fatto")} fatte."));
        if (!plans.Actions.IsEmpty)
        {
            blocks.Add(DocumentParts.Actions(plans.Actions.Select(a => ((string?)a.LabTitle, a.Action)), withLab: true));
        }

        blocks.Add(DocumentParts.Produced(now));
        return new DocumentModel($"Relazione {(scope.Kind == "edizione" ? "dell'edizione" : "del programma")} — {scope.Title}", scope.Context.Letterhead, blocks.ToImmutable());
    }

    /// <summary>The Tavolo Unificato of the scope's labs, each grid as the lab stands now.</summary>
    public static UnifiedSynthesis Unified(DocumentScope scope) =>
        UnifiedSynthesisBuilder.Build($"Tavolo Unificato — {scope.Title}",
        [
            .. scope.Labs.Select(l => (l.Lab.Definition.Title,
                SynthesisBuilder.Build(l.Lab.Id, l.Cohesion.Log.Canvas, l.Events.IsDefaultOrEmpty ? null : l.Events[^1].At))),
        ]);

    /// <summary>The Piano delle azioni across the scope's labs.</summary>
    public static ScopeActionPlan ScopePlan(DocumentScope scope, DateOnly today) =>
        ScopeActionPlan.Of(scope.Id, scope.Title, today, scope.Labs.Select(l => (l.Lab.Definition.Title, ActionPlanBuilder.Build(l.Lab.Id, l.Cohesion.Log.Canvas, today))));

    private static DocumentTable Attendance(IEnumerable<LabDossier> labs, bool withLab)
    {
        ImmutableArray<string> header = ["Incontro", "Data", "Orario", "Presenti", "Adesioni", "Partecipazione"];
        return DocumentTable.Of(withLab ? header.Insert(0, "Laboratorio") : header,
            labs.SelectMany(l => l.Attendance.Select(a =>
            {
                var row = new[]
                {
                    $"n. {a.Number} — {a.Title}", DocumentParts.Date(a.OpenedAt),
                    $"{DocumentParts.Time(a.OpenedAt)}–{(a.ClosedAt is { } c ? DocumentParts.Time(c) : "in corso")}",
                    a.Present.ToString(CultureInfo.InvariantCulture), a.Enrolled.ToString(CultureInfo.InvariantCulture),
                    DocumentParts.Percent(a.Enrolled == 0 ? null : (double)a.Present / a.Enrolled),
                };
                return withLab ? row.Prepend(l.Lab.Definition.Title) : row;
            })));
    }

    private static List<KeyValuePair<string, string>> Facts(LabDossier dossier)
    {
        var d = dossier.Lab.Definition;
        var facts = new List<KeyValuePair<string, string>> { new("Laboratorio", d.Title) };
        AddIf(facts, "Tema", d.Theme);
        AddIf(facts, "Programma", dossier.Context.Programme?.Title);
        AddIf(facts, "Percorso", dossier.Context.Percorso?.Title ?? d.Percorso);
        AddIf(facts, "Edizione", dossier.Context.Edizione?.Title ?? d.Edizione);
        AddIf(facts, "Sede", dossier.Context.Sede);
        if (dossier.Attendance.Count > 0)
        {
            facts.Add(new("Periodo", $"dal {DocumentParts.Date(dossier.Attendance[0].OpenedAt)} al {DocumentParts.Date(dossier.Attendance[^1].OpenedAt)}"));
        }

        facts.Add(new("Incontri", dossier.Attendance.Count.ToString(CultureInfo.InvariantCulture)));
        facts.Add(new("Adesioni", dossier.Cohesion.Adherents.ToString(CultureInfo.InvariantCulture)));
        AddIf(facts, "Mandato", d.Mandate);
        return facts;
    }

    private static void AddIf(List<KeyValuePair<string, string>> facts, string label, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            facts.Add(new(label, value));
        }
    }
}
