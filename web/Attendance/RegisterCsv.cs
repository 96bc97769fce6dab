using System.Globalization;
using Laboratori.Web.Exports;

namespace Laboratori.Web.Attendance;

/// <summary>
/// Registers as CSV (<see cref="Csv"/>: formulas made inert, Italian number format): one incontro with a row per person,
/// or a lab's hours with a column of hours per incontro, totals, share of the planned hours and idoneo.
/// </summary>
public static class RegisterCsv
{
    public static byte[] Incontro(RegisterView register)
    {
        var i = register.Incontro;
        var when = string.Create(CultureInfo.InvariantCulture, $"{i.Date:dd/MM/yyyy} {i.Start:HH\\:mm}-{i.End:HH\\:mm}");
        var csv = new Csv().Row("Laboratorio", "Incontro (ora italiana)", "Partecipante", "Organizzazione", "Settore", "Adesione", "Stato", "Entrata", "Uscita", "Ore", "Ore previste", "Registrato da");
        foreach (var r in register.Rows)
        {
            csv.Row(register.LabTitle, when, r.DisplayName, r.Organisation, Sector(r.Sector), Kind(r.Kind), RegisterStatuses.Italian(r.Status ?? (r.Hours > 0 ? RegisterStatuses.Presente : null)),
                r.Entry, r.Exit, HoursTable.Plain(r.Hours), HoursTable.Plain(i.PlannedHours), r.MarkedBy);
        }

        return csv.ToBytes();
    }

    public static byte[] Hours(IEnumerable<LabHours> labs)
    {
        var csv = new Csv();
        var first = true;
        foreach (var lab in labs)
        {
            if (first)
            {
                csv.Row(HoursTable.Header(lab).ToArray());
                first = false;
            }

            foreach (var row in HoursTable.Rows(lab))
            {
                csv.Row(row.ToArray());
            }
        }

        return first ? csv.Row(HoursTable.Header(null).ToArray()).ToBytes() : csv.ToBytes();
    }

    internal static string Sector(string sector) => sector switch
    {
        "ente_pubblico" => "Ente pubblico",
        "terzo_settore" => "Terzo settore",
        "cittadino" => "Cittadino/a",
        _ => "Altro",
    };

    internal static string Kind(string kind) => kind == AdherentKinds.Aderente ? "aderente" : "non aderente";
}
