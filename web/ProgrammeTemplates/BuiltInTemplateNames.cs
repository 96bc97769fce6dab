using Laboratori.Grains.Labs;

namespace Laboratori.Web.ProgrammeTemplates;

/// <summary>The built-in templates' names, in Italian and English, as the template editor lists them ("modello predefinito").</summary>
public static class BuiltInTemplateNames
{
    private static readonly Dictionary<string, (string It, string En)> Names = new(StringComparer.Ordinal)
    {
        [Templates.Default] = ("Bisogni · Risorse · Azioni", "Needs · Resources · Actions"),
        ["criticita-punti-di-forza"] = ("Criticità · Punti di forza", "Weaknesses · Strengths"),
        ["da-a"] = ("Da → A", "From → To"),
        ["stakeholder-communityholder"] = ("Stakeholder → Communityholder", "Stakeholder → Communityholder"),
        ["welfare-capacitante"] = ("Welfare de-capacitante → capacitante", "Disabling → enabling welfare"),
        ["macro-questioni"] = ("Macro-questioni (griglia di sintesi)", "Macro-questions (synthesis grid)"),
    };

    public static (string It, string En) Of(string id) => Names.TryGetValue(id, out var name) ? name : (id, id);
}
