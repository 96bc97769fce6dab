namespace Laboratori.Web.Programmes;

/// <summary>A planned meeting of a lab: its day, start and end (Europe/Rome wall clock), hours, and where it happens.</summary>
public sealed class Incontro
{
    public string Id { get; set; } = string.Empty;

    public string LabId { get; set; } = string.Empty;

    public DateOnly Date { get; set; }

    public TimeOnly Start { get; set; }

    public TimeOnly End { get; set; }

    public decimal PlannedHours { get; set; }

    /// <summary><c>presenza</c> (at <see cref="SedeId"/>), <c>remoto</c> or <c>misto</c>.</summary>
    public string Mode { get; set; } = "presenza";

    public string SedeId { get; set; } = string.Empty;
}
