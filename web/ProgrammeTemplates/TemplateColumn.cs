namespace Laboratori.Web.ProgrammeTemplates;

/// <summary>A column of a template: its name, its kind (<c>need</c>, <c>resource</c>, <c>action</c>, <c>other</c>) and a prompt for who writes in it.</summary>
public sealed record TemplateColumn(string? Key, string? Name, string? NameEn, string? Kind, string? Prompt, string? PromptEn);
