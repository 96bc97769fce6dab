namespace Laboratori.Web.Programmes;

/// <summary>A percorso to create or its new values. <c>CertificateThreshold</c> defaults to 70 (percent).</summary>
public sealed record PercorsoRequest(string? Title, string? TargetGroup, decimal? PlannedHours, int? CertificateThreshold, string? TemplateId);
