namespace Laboratori.Web.Programmes;

/// <summary>Bound from the <c>Programmes</c> section: the sedi editions may be held at.</summary>
public sealed class ProgrammeOptions
{
    public const string SectionName = "Programmes";

    /// <summary>
    /// The sedi. Default: the thirteen Tuscan sedi of the regional FSE programme, by province and health-area zone
    /// (Toscana Centro, Nord-Ovest, Sud-Est). Configuring any replaces the whole list.
    /// </summary>
    public List<Sede> Sedi { get; set; } = [];

    public IReadOnlyList<Sede> Effective => Sedi.Count > 0 ? Sedi : DefaultSedi;

    public static IReadOnlyList<Sede> DefaultSedi { get; } =
    [
        S("firenze", "Firenze", "FI", "Toscana Centro"), S("sesto-fiorentino", "Sesto Fiorentino", "FI", "Toscana Centro"),
        S("empoli", "Empoli", "FI", "Toscana Centro"), S("pistoia", "Pistoia", "PT", "Toscana Centro"),
        S("pisa", "Pisa", "PI", "Toscana Nord-Ovest"), S("san-miniato", "San Miniato", "PI", "Toscana Centro"),
        S("volterra", "Volterra", "PI", "Toscana Nord-Ovest"), S("lucca", "Lucca", "LU", "Toscana Nord-Ovest"),
        S("massa", "Massa", "MS", "Toscana Nord-Ovest"), S("livorno", "Livorno", "LI", "Toscana Nord-Ovest"),
        S("siena", "Siena", "SI", "Toscana Sud-Est"), S("arezzo", "Arezzo", "AR", "Toscana Sud-Est"), S("grosseto", "Grosseto", "GR", "Toscana Sud-Est"),
    ];

    private static Sede S(string id, string name, string province, string zone) => new() { Id = id, Name = name, Province = province, Zone = zone };
}
