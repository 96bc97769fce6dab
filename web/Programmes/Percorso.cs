namespace Laboratori.Web.Programmes;

/// <summary>A track of a programme: its target group, hours planned per edition, certificate threshold, default template.</summary>
public sealed class Percorso
{
    public string Id { get; set; } = string.Empty;

    public string ProgrammeId { get; set; } = string.Empty;

    public string Title { get; set; } = string.Empty;

    public string TargetGroup { get; set; } = string.Empty;

    public decimal PlannedHours { get; set; }

    /// <summary>Share of the planned hours (percent) a person must attend for a certificate. Default 70.</summary>
    public int CertificateThreshold { get; set; } = 70;

    public string TemplateId { get; set; } = string.Empty;

    public bool Archived { get; set; }
}
