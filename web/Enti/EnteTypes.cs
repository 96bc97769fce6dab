namespace Laboratori.Web.Enti;

/// <summary>The types of ente the register knows, in the words of the programmes' documents (docs/attendance.md, "Enti").</summary>
public static class EnteTypes
{
    public const string Altro = "altro";

    public static IReadOnlyList<EnteType> All { get; } =
    [
        new("comune", "Comune", "Municipality", "ente_pubblico"),
        new("unione_comuni", "Unione di comuni / Società della salute", "Union of municipalities / health society", "ente_pubblico"),
        new("azienda_sanitaria", "Azienda sanitaria (ATS, ASST, ULSS, ASL)", "Health authority (ATS, ASST, ULSS, ASL)", "ente_pubblico"),
        new("cpi", "Centro per l'impiego", "Job centre", "ente_pubblico"),
        new("scuola", "Scuola", "School", "ente_pubblico"),
        new("altro_ente_pubblico", "Altro ente pubblico", "Other public body", "ente_pubblico"),
        new("cooperativa_sociale", "Cooperativa sociale", "Social cooperative", "terzo_settore"),
        new("associazione", "Associazione", "Association", "terzo_settore"),
        new("fondazione", "Fondazione", "Foundation", "terzo_settore"),
        new("parrocchia", "Parrocchia / ente religioso", "Parish / religious body", "terzo_settore"),
        new("impresa", "Impresa", "Business", Altro),
        new("cittadino", "Cittadino/a singolo/a", "Individual citizen", "cittadino"),
        new(Altro, "Altro", "Other", Altro),
    ];

    public static EnteType? Find(string? id) => All.FirstOrDefault(t => t.Id == id);
}
