using Laboratori.Web.Programmes;

namespace Laboratori.Web.Documents;

/// <summary>How a programme's fund reads in documents for funders.</summary>
public static class FundNames
{
    public static string Italian(string fund) => fund switch
    {
        Funds.FsePlus => "FSE+ — Fondo Sociale Europeo Plus",
        Funds.Pon => "PON — Programma Operativo Nazionale",
        Funds.Pnrr => "PNRR — Piano Nazionale di Ripresa e Resilienza",
        Funds.PianoDiZona => "Piano di Zona",
        _ => "Altro finanziamento",
    };
}
