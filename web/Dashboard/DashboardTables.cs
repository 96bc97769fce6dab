namespace Laboratori.Web.Dashboard;

/// <summary>Every table of a <see cref="DashboardView"/> as header and rows, for CSV and XLSX alike.</summary>
public static class DashboardTables
{
    public static readonly string[] Names = ["edizioni", "percorsi", "zone", "settori", "organizzazioni", "laboratori"];

    public static (string[] Header, IEnumerable<object?[]> Rows) Get(DashboardView view, string name) => name switch
    {
        "edizioni" => (["edizione", "percorso", "sede", "zona", "stato", "incontri_svolti", "ore_erogate", "iscritti", "presenti", "soglia_raggiunta"],
            view.Editions.Select(e => new object?[] { e.Edizione, e.Percorso, e.Sede, e.Zone, e.Status, e.IncontriHeld, e.HoursDelivered, e.Enrolled, e.Present, e.ReachedThreshold })),
        "laboratori" => (["laboratorio", "edizione", "sede", "iscritti", "presenti", "schede", "collegamenti", "voti"],
            view.Labs.Select(l => new object?[] { l.Title, l.Edizione, l.Sede, l.Enrolled, l.Present, l.Cards, l.Links, l.Votes })),
        _ => (["nome", "edizioni", "iscritti", "presenti", "soglia_raggiunta", "ore_erogate"], Groups(view, name).Select(g => new object?[] { g.Name, g.Editions, g.Enrolled, g.Present, g.ReachedThreshold, g.HoursDelivered })),
    };

    private static IReadOnlyList<GroupRow> Groups(DashboardView view, string name) => name switch
    {
        "percorsi" => view.Percorsi,
        "zone" => view.Zones,
        "settori" => view.Sectors,
        _ => view.Organisations,
    };
}
