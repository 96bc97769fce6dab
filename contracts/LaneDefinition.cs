namespace Laboratori.Contracts;

/// <summary>A column of the canvas (for the default template: bisogni, risorse, azioni).</summary>
[GenerateSerializer, Immutable]
public sealed record LaneDefinition([property: Id(0)] string Id, [property: Id(1)] string Name, [property: Id(2)] string NameEn);
