namespace Laboratori.Web.ProgrammeTemplates;

/// <summary>
/// One saved version of a programme's own template (table <c>template_versions</c>). Rows are only ever added: saving
/// an edit adds the next <see cref="Version"/> under the same <see cref="TemplateKey"/>, so a lab made from version 1
/// reads the same definition however many versions follow.
/// </summary>
public sealed class ProgrammeTemplate
{
    public string Id { get; set; } = string.Empty;

    public string ProgrammeId { get; set; } = string.Empty;

    /// <summary>The template's key (<c>tpl-…</c>), the same for all its versions: what a lab's <c>templateId</c> says.</summary>
    public string TemplateKey { get; set; } = string.Empty;

    public int Version { get; set; }

    public string Name { get; set; } = string.Empty;

    public string NameEn { get; set; } = string.Empty;

    public string AuthorId { get; set; } = string.Empty;

    public string AuthorName { get; set; } = string.Empty;

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>The <see cref="TemplateRequest"/> as validated and normalised, in JSON.</summary>
    public string Definition { get; set; } = string.Empty;
}
