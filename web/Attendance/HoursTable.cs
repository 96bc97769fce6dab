using System.Globalization;

namespace Laboratori.Web.Attendance;

/// <summary>A lab's hours as a table (CSV and XLSX share it): one row per person, one column of hours per incontro, numbers as numbers.</summary>
public static class HoursTable
{
    public static IEnumerable<object?> Header(LabHours? lab)
    {
        yield return "Laboratorio";
        yield return "Partecipante";
        yield return "Organizzazione";
        yield return "Settore";
        yield return "Adesione";
        foreach (var i in lab?.Incontri ?? [])
        {
            yield return string.Create(CultureInfo.InvariantCulture, $"Ore {i.Date:dd/MM/yyyy}");
        }

        yield return "Incontri frequentati";
        yield return "Ore frequentate";
        yield return "Ore previste";
        yield return "Percentuale";
        yield return "Soglia";
        yield return "Idoneo";
    }

    public static IEnumerable<IEnumerable<object?>> Rows(LabHours lab) =>
        lab.People.Select(p => (IEnumerable<object?>)
        [
            lab.LabTitle, p.Person.DisplayName, p.Person.Organisation, RegisterCsv.Sector(p.Person.Sector), RegisterCsv.Kind(p.Person.Kind),
            .. p.Incontri.Select(i => (object?)Plain(i.Hours)),
            p.Incontri.Count(i => i.Present), Plain(p.Hours), Plain(lab.PlannedHours), Plain(p.Share), lab.Threshold, p.Idoneo ? "sì" : "no",
        ]);

    /// <summary>The number without trailing zeros (a database may hand back 3 as 3.0), so that exports read "3" and "2,5".</summary>
    public static decimal Plain(decimal value) => value / 1.0000000000000000000000000000m;
}
