using System.Globalization;
using System.Text;
using Laboratori.Contracts.Actions;
using Laboratori.Grains.Actions;

namespace Laboratori.Web.Exports;

/// <summary>The "Piano delle azioni" as Markdown: one section per action, traced to the needs and resources it answers.</summary>
public static class ActionPlanMarkdown
{
    public static string Render(ActionPlan plan)
    {
        var md = new StringBuilder();
        md.Append(CultureInfo.InvariantCulture, $"# Piano delle azioni — {Line(plan.Title)}\n\nAl {plan.Today:dd/MM/yyyy} (passo {plan.Seq}).\n");
        foreach (var action in plan.Actions)
        {
            Append(md, action, null);
        }

        return md.ToString();
    }

    /// <summary>The plan across the labs of an edizione or a programme: each action says which lab took it on.</summary>
    public static string Render(ScopeActionPlan plan)
    {
        var md = new StringBuilder();
        md.Append(CultureInfo.InvariantCulture, $"# Piano delle azioni — {Line(plan.Title)}\n\nAl {plan.Today:dd/MM/yyyy}, tutti i laboratori.\n");
        foreach (var action in plan.Actions)
        {
            Append(md, action.Action, action.LabTitle);
        }

        return md.ToString();
    }

    private static void Append(StringBuilder md, PlannedAction action, string? lab)
    {
        var flag = action.Overdue ? " — **scaduta**" : action.DueSoon ? " — in scadenza" : string.Empty;
        md.Append(CultureInfo.InvariantCulture, $"\n## {Line(action.Text)}\n\n");
        if (lab is not null)
        {
            md.Append(CultureInfo.InvariantCulture, $"- Laboratorio: {Line(lab)}\n");
        }

        md.Append(CultureInfo.InvariantCulture, $"- Stato: {ActionStatusNames.Italian(action.Status)}{flag}\n");
        md.Append(CultureInfo.InvariantCulture, $"- Scadenza: {Date(action.Deadline)}\n");
        md.Append(CultureInfo.InvariantCulture, $"- Responsabili: {List(action.People)}\n- Enti impegnati: {List(action.Enti)}\n");
        md.Append(CultureInfo.InvariantCulture, $"- Risponde ai bisogni: {List(action.Needs)}\n- Con le risorse: {List(action.Resources)}\n");
        md.Append(CultureInfo.InvariantCulture, $"- Enti che hanno contribuito: {List(action.ContributingEnti)}\n");
    }

    /// <summary>The Italian reading of a yyyy-MM-dd deadline, or a dash.</summary>
    public static string Date(string? deadline) =>
        deadline is null ? "—" : DateOnly.ParseExact(deadline, "yyyy-MM-dd", CultureInfo.InvariantCulture).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    private static string List(IEnumerable<string> items) => items.Any() ? string.Join("; ", items.Select(Line)) : "—";

    /// <summary>Participants' text stays on one line and cannot open Markdown structure.</summary>
    private static string Line(string text) =>
        string.Concat(text.ReplaceLineEndings(" ").Select(c => c is '*' or '_' or '#' or '`' or '[' or ']' or '<' or '>' or '\\' ? "\\" + c : c.ToString()));
}
