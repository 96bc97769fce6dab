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
        Make("stakeholder-communityholder", [("stakeholder", "Stakeholder", "Stakeholder"), ("communityholder", "Communityholder", "Communityholder")]),
        Make("welfare-capacitante", [("de-capacitante", "Welfare de-capacitante", "Disabling welfare"), ("capacitante", "Welfare capacitante", "Enabling welfare")]),
        Make("macro-questioni", [("macro-questioni", "Macro-questioni", "Macro-questions"), ("servizi", "Servizi", "Services"), ("enti", "Ente", "Organisation")]),
    }.ToImmutableDictionary(t => t.Id);

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
