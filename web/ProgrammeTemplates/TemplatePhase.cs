using System.Collections.Immutable;

namespace Laboratori.Web.ProgrammeTemplates;

/// <summary>
/// A phase of a template's agenda: what participants may do (<see cref="Allows"/>), in which columns and rows new cards
/// go (empty: all), how many minutes it is planned to take and what to do in it.
/// </summary>
public sealed record TemplatePhase(
    string? Key,
    string? Name,
    string? NameEn,
    int? Minutes,
    string? Instructions,
    string? InstructionsEn,
    ImmutableArray<string> Allows,
    ImmutableArray<string> Columns,
    ImmutableArray<string> Rows);
