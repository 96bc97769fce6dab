namespace Laboratori.Web.Programmes;

/// <summary>Where a lab belongs: a programme's edizione. A lab without a placement stands alone.</summary>
public sealed class LabPlacement
{
    public string LabId { get; set; } = string.Empty;

    public string ProgrammeId { get; set; } = string.Empty;

    public string EdizioneId { get; set; } = string.Empty;
}
