using Laboratori.Contracts;

namespace Laboratori.Web.Exports;

/// <summary>How sectors read in exports (Italian, the language of the documents these feed).</summary>
public static class SectorNames
{
    public static string Italian(Sector? sector) => sector switch
    {
        null => string.Empty,
        Sector.EntePubblico => "Ente pubblico",
        Sector.TerzoSettore => "Terzo settore",
        Sector.Cittadino => "Cittadino",
        _ => "Altro",
    };
}
