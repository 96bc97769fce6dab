
namespace Laboratori.Contracts.Labs;

/// <summary>The new participant's id, or why they could not join.</summary>
[GenerateSerializer, Immutable]
public sealed record EnrolResult([property: Id(0)] string? ParticipantId, [property: Id(1)] CanvasError? Error);
