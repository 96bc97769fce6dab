namespace Laboratori.Web.Api;

/// <summary>A new lab. Only the title is required; the template defaults to Bisogni · Risorse · Azioni.</summary>
public sealed record CreateLabRequest(string? Title, string? Theme, string? Mandate, string? Percorso, string? Edizione, string? Sede, string? TemplateId);
