
namespace Laboratori.Contracts.Labs;

/// <summary>The created lab, or why it could not be created.</summary>
[GenerateSerializer, Immutable]
public sealed record CreateLabResult([property: Id(0)] LabInfo? Lab, [property: Id(1)] CanvasError? Error);
