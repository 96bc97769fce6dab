namespace Laboratori.Web.Enti;

/// <summary>
/// An organisation in a programme's register of enti (table <c>enti</c>): its canonical name, its type and the sector it
/// counts in. Adesioni and joins pick from it, so that "Comune di Firenze" is one ente however people type it.
/// </summary>
public sealed class Ente
{
    public string Id { get; set; } = string.Empty;

    public string ProgrammeId { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;

    /// <summary>One of <see cref="EnteTypes"/>.</summary>
    public string Type { get; set; } = EnteTypes.Altro;

    /// <summary><c>ente_pubblico</c>, <c>terzo_settore</c>, <c>cittadino</c> or <c>altro</c>.</summary>
    public string Sector { get; set; } = "altro";

    public DateTimeOffset CreatedAt { get; set; }
}
