namespace Laboratori.Web.Programmes;

/// <summary>One edition of a percorso, at a sede from the configured list, between two dates.</summary>
public sealed class Edizione
{
    public string Id { get; set; } = string.Empty;

    public string PercorsoId { get; set; } = string.Empty;

    public string ProgrammeId { get; set; } = string.Empty;

    public string Title { get; set; } = string.Empty;

    /// <summary>The id of a <see cref="Sede"/> of <see cref="ProgrammeOptions.Sedi"/>.</summary>
    public string SedeId { get; set; } = string.Empty;

    public DateOnly StartDate { get; set; }

    public DateOnly EndDate { get; set; }

    public bool Archived { get; set; }
}
