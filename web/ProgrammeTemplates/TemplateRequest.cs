using System.Collections.Immutable;

namespace Laboratori.Web.ProgrammeTemplates;

/// <summary>
/// A template as the editor writes it: columns (the lanes), optional rows (which make it a matrix of rows × columns),
/// phases and the vote budget. Keys may be left out: the server makes them from the names.
/// </summary>
public sealed record TemplateRequest(
    string? Name,
    string? NameEn,
    ImmutableArray<TemplateColumn> Columns,
    ImmutableArray<TemplateRow> Rows,
    ImmutableArray<TemplatePhase> Phases,
    int? VoteBudget);
