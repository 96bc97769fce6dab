using Laboratori.Contracts.Actions;
using Laboratori.Grains.Actions;

namespace Laboratori.Web.Exports;

/// <summary>The "Piano delle azioni" as CSV, one record per action (Italian spreadsheet settings, see <see cref="Csv"/>).</summary>
public static class ActionPlanCsv
{
    public static byte[] Render(ActionPlan plan)
    {
        var csv = new Csv().Row("Azione", "Stato", "Scadenza", "Scaduta", "Responsabili", "Enti impegnati", "Bisogni", "Risorse", "Enti che hanno contribuito");
        foreach (var a in plan.Actions)
        {
            csv.Row(a.Text, ActionStatusNames.Italian(a.Status), ActionPlanMarkdown.Date(a.Deadline), a.Overdue ? "sì" : "no",
                string.Join("; ", a.People), string.Join("; ", a.Enti), string.Join("; ", a.Needs), string.Join("; ", a.Resources), string.Join("; ", a.ContributingEnti));
        }

        return csv.ToBytes();
    }

    /// <summary>The plan across the labs of an edizione or a programme: the lab first, then the same fields.</summary>
    public static byte[] Render(ScopeActionPlan plan)
    {
        var csv = new Csv().Row("Laboratorio", "Azione", "Stato", "Scadenza", "Scaduta", "Responsabili", "Enti impegnati", "Bisogni", "Risorse", "Enti che hanno contribuito");
        foreach (var (_, lab, a) in plan.Actions)
        {
            csv.Row(lab, a.Text, ActionStatusNames.Italian(a.Status), ActionPlanMarkdown.Date(a.Deadline), a.Overdue ? "sì" : "no",
                string.Join("; ", a.People), string.Join("; ", a.Enti), string.Join("; ", a.Needs), string.Join("; ", a.Resources), string.Join("; ", a.ContributingEnti));
        }

        return csv.ToBytes();
    }
}
