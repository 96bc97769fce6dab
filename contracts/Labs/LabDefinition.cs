namespace Laboratori.Contracts.Labs;

/// <summary>
/// What a facilitator says about a lab when creating it. <see cref="TemplateVersion"/> is the version of a programme's
/// own template the lab was made from (null for a built-in template): the lab keeps it when a newer one is saved.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record LabDefinition(
    [property: Id(0)] string Title,
    [property: Id(1)] string Theme,
    [property: Id(2)] string Mandate,
    [property: Id(3)] string Percorso,
    [property: Id(4)] string Edizione,
    [property: Id(5)] string Sede,
    [property: Id(6)] string TemplateId,
    [property: Id(7)] int? TemplateVersion = null);
