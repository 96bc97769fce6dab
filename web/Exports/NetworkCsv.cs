using Laboratori.Grains.Cohesion;

namespace Laboratori.Web.Exports;

/// <summary>The cohesion network as an edge list (one row per edge, people and enti alike), for spreadsheets and Gephi.</summary>
public static class NetworkCsv
{
    public static byte[] Render(CohesionNetwork network)
    {
        var labels = network.Nodes.ToDictionary(n => n.Id, n => n.Label, StringComparer.Ordinal);
        var kinds = network.Nodes.ToDictionary(n => n.Id, n => n.Kind, StringComparer.Ordinal);
        var csv = new Csv().Row("Source", "Target", "Weight", "Tipo / Kind", "Etichetta origine / Source label", "Etichetta destinazione / Target label");
        foreach (var edge in network.Edges)
        {
            csv.Row(edge.Source, edge.Target, edge.Weight, kinds[edge.Source], labels[edge.Source], labels[edge.Target]);
        }

        return csv.ToBytes();
    }
}
