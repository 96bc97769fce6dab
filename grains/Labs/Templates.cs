using System.Collections.Immutable;
using Laboratori.Contracts;

namespace Laboratori.Grains.Labs;

/// <summary>The canvas templates the seeds use. The default is Bisogni · Risorse · Azioni.</summary>
public static class Templates
{
    public const string Default = "bisogni-risorse-azioni";

    private static readonly ImmutableArray<string> Everything = ["cards", "links", "votes", "comments", "themes"];

    public static ImmutableDictionary<string, LabTemplate> All { get; } = new[]
    {
        Make(Default, [("bisogni", "Bisogni", "Needs"), ("risorse", "Risorse", "Resources"), ("azioni", "Azioni", "Actions")]),
        Make("criticita-punti-di-forza", [("criticita", "Criticità (aspetti che richiedono un miglioramento)", "Weaknesses (what needs improving)"), ("punti-di-forza", "Punti di forza", "Strengths")]),
        Make("da-a", [("da", "DA (modello attuale)", "FROM (the current model)"), ("a", "A (modello a cui tendere)", "TO (the model to aim for)")]),
        StakeholderCommunityholder(),
        Make("welfare-capacitante", [("de-capacitante", "Welfare de-capacitante", "Disabling welfare"), ("capacitante", "Welfare capacitante", "Enabling welfare")]),
        Make("macro-questioni", [("macro-questioni", "Macro-questioni", "Macro-questions"), ("servizi", "Servizi", "Services"), ("enti", "Ente", "Organisation")]),
    }.ToImmutableDictionary(t => t.Id);

    /// <summary>
    /// Seed 001's "Quale ruolo per i cittadini in un processo di empowerment?": four paired dimensions, each a row whose
    /// stakeholder cell (what a person does today) faces its communityholder cell (what they could do). One phase per row.
    /// </summary>
    private static LabTemplate StakeholderCommunityholder()
    {
        (string It, string En)[][] rows =
        [
            [("Tutela i propri interessi", "Protects its own interests"), ("Competenze da offrire alla comunità", "Skills to offer the community")],
            [("Consuma le risorse", "Consumes resources"), ("Contribuisce come risorsa", "Contributes as a resource")],
            [("Delega la gestione del bisogno (richiesta)", "Delegates the handling of the need (a request)"), ("Partecipa alla gestione", "Takes part in the handling")],
            [("Ripetizione della richiesta", "Repeats the request"), ("Incremento di competenze di gestione", "Grows its handling skills")],
        ];
        var lanes = ImmutableArray.CreateBuilder<LaneDefinition>();
        var phases = ImmutableArray.CreateBuilder<PhaseDefinition>();
        phases.Add(new PhaseDefinition("apertura", "Apertura", "Opening", ["comments"], []));
        for (var r = 0; r < rows.Length; r++)
        {
            var (from, to) = (rows[r][0], rows[r][1]);
            var row = ($"{r + 1}. {from.It} → {to.It}", $"{r + 1}. {from.En} → {to.En}");
            var cells = new[] { ($"stakeholder-{r + 1}", "Stakeholder", from), ($"communityholder-{r + 1}", "Communityholder", to) };
            foreach (var (id, column, text) in cells)
            {
                lanes.Add(new LaneDefinition(id, $"{column}: {text.It}", $"{column}: {text.En}", new MatrixCell(row.Item1, row.Item2, column, column)));
            }

            // The stepper numbers the phases itself: the row's number is for the matrix's row titles only.
            phases.Add(new PhaseDefinition($"riga-{r + 1}", $"{from.It} → {to.It}", $"{from.En} → {to.En}", ["cards", "links", "comments", "themes"], [.. cells.Select(c => c.Item1)]));
        }

        phases.Add(new PhaseDefinition("voto", "Voto", "Voting", ["votes", "comments"], []));
        phases.Add(new PhaseDefinition("sintesi", "Sintesi", "Synthesis", ["comments"], []));
        phases.Add(new PhaseDefinition("libera", "Lavoro libero", "Open work", Everything, []));
        return new LabTemplate("stakeholder-communityholder", lanes.ToImmutable(), phases.ToImmutable(), 5);
    }

    private static LabTemplate Make(string id, (string Id, string Name, string NameEn)[] lanes)
    {
        var phases = ImmutableArray.CreateBuilder<PhaseDefinition>();
        phases.Add(new PhaseDefinition("apertura", "Apertura", "Opening", ["comments"], []));
        foreach (var lane in lanes)
        {
            phases.Add(new PhaseDefinition(lane.Id, lane.Name, lane.NameEn, ["cards", "links", "comments", "themes"], [lane.Id]));
        }

        phases.Add(new PhaseDefinition("voto", "Voto", "Voting", ["votes", "comments"], []));
        phases.Add(new PhaseDefinition("sintesi", "Sintesi", "Synthesis", ["comments"], []));
        phases.Add(new PhaseDefinition("libera", "Lavoro libero", "Open work", Everything, []));
        return new LabTemplate(id, [.. lanes.Select(l => new LaneDefinition(l.Id, l.Name, l.NameEn))], phases.ToImmutable(), 5);
    }
}
