namespace Laboratori.Contracts;

/// <summary>Why an operation was refused: a stable code for programs and a message for people, in Italian and English.</summary>
[GenerateSerializer, Immutable]
public sealed record CanvasError(
    [property: Id(0)] string Code,
    [property: Id(1)] string Message,
    [property: Id(2)] string MessageEn);
