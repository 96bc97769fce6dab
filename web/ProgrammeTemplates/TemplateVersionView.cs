namespace Laboratori.Web.ProgrammeTemplates;

/// <summary>One saved version of a programme template: its number, who saved it and when.</summary>
public sealed record TemplateVersionView(int Version, string AuthorName, DateTimeOffset CreatedAt);
