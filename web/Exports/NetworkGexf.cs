using System.Globalization;
using System.Text;
using System.Xml;
using Laboratori.Grains.Cohesion;

namespace Laboratori.Web.Exports;

/// <summary>The cohesion network as GEXF 1.3 (Gephi's format): undirected weighted edges, kind, sector and ente as node attributes.</summary>
public static class NetworkGexf
{
    public const string Namespace = "http://gexf.net/1.3";

    public static byte[] Render(CohesionNetwork network, string title, DateTimeOffset generated)
    {
        using var stream = new MemoryStream();
        using (var xml = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("gexf", Namespace);
            xml.WriteAttributeString("version", "1.3");
            xml.WriteStartElement("meta");
            xml.WriteAttributeString("lastmodifieddate", generated.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            xml.WriteElementString("creator", "Laboratori di Co-progettazione");
            xml.WriteElementString("description", title);
            xml.WriteEndElement();
            xml.WriteStartElement("graph");
            xml.WriteAttributeString("defaultedgetype", "undirected");
            xml.WriteStartElement("attributes");
            xml.WriteAttributeString("class", "node");
            foreach (var (id, name) in new[] { ("kind", "kind"), ("sector", "sector"), ("ente", "ente") })
            {
                xml.WriteStartElement("attribute");
                xml.WriteAttributeString("id", id);
                xml.WriteAttributeString("title", name);
                xml.WriteAttributeString("type", "string");
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
            xml.WriteStartElement("nodes");
            foreach (var node in network.Nodes)
            {
                xml.WriteStartElement("node");
                xml.WriteAttributeString("id", node.Id);
                xml.WriteAttributeString("label", node.Label);
                xml.WriteStartElement("attvalues");
                Value(xml, "kind", node.Kind);
                Value(xml, "sector", SectorNames.Italian(node.Sector));
                Value(xml, "ente", node.Ente);
                xml.WriteEndElement();
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
            xml.WriteStartElement("edges");
            var n = 0;
            foreach (var edge in network.Edges)
            {
                xml.WriteStartElement("edge");
                xml.WriteAttributeString("id", (n++).ToString(CultureInfo.InvariantCulture));
                xml.WriteAttributeString("source", edge.Source);
                xml.WriteAttributeString("target", edge.Target);
                xml.WriteAttributeString("weight", edge.Weight.ToString(CultureInfo.InvariantCulture));
                xml.WriteEndElement();
            }

            xml.WriteEndDocument();
        }

        return stream.ToArray();
    }

    private static void Value(XmlWriter xml, string id, string value)
    {
        xml.WriteStartElement("attvalue");
        xml.WriteAttributeString("for", id);
        xml.WriteAttributeString("value", value);
        xml.WriteEndElement();
    }
}
