using System.Collections.Immutable;

namespace Laboratori.Web.ProgrammeTemplates;

/// <summary>
/// A template as the editor and the lab form list it: a built-in one (<see cref="BuiltIn"/>, read-only, no versions)
/// or a programme's own, with the definition of <see cref="Version"/> (the latest unless another was asked for) and
/// every version saved, newest first.
/// </summary>
public sealed record TemplateView(
    string Key,
    string? ProgrammeId,
    string Name,
    string NameEn,
    bool BuiltIn,
    int? Version,
    ImmutableArray<TemplateVersionView> Versions,
    TemplateRequest Definition);
