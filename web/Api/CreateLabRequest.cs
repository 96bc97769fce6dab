namespace Laboratori.Web.Api;

/// <summary>
/// A new lab. Only the title is required; the template defaults to Bisogni · Risorse · Azioni. In an edizione the
/// template may also be one of its programme's own (<c>tpl-…</c>), at <see cref="TemplateVersion"/> or its latest.
/// </summary>
public sealed record CreateLabRequest(string? Title, string? Theme, string? Mandate, string? Percorso, string? Edizione, string? Sede, string? TemplateId, int? TemplateVersion = null);
