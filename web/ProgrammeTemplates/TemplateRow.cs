namespace Laboratori.Web.ProgrammeTemplates;

/// <summary>A row of a matrix template: each row meets every column in a cell.</summary>
public sealed record TemplateRow(string? Key, string? Name, string? NameEn);
