using System.Text.Json.Serialization;

namespace Laboratori.Contracts;

/// <summary>
/// A column of the canvas (for the default template: bisogni, risorse, azioni), or a cell of a matrix template, which
/// says its row and column in <see cref="Cell"/> (absent, and not written, for a plain lane).
/// </summary>
[GenerateSerializer, Immutable]
public sealed record LaneDefinition(
    [property: Id(0)] string Id,
    [property: Id(1)] string Name,
    [property: Id(2)] string NameEn,
    [property: Id(3), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] MatrixCell? Cell = null,
    [property: Id(4), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Kind = null,
    [property: Id(5), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Prompt = null,
    [property: Id(6), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? PromptEn = null);
