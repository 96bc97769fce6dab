namespace Laboratori.Contracts;

/// <summary>An observer's subscription to a canvas: the last committed seq it starts after, and the lab's anonymous mode then.</summary>
[GenerateSerializer, Immutable]
public sealed record CanvasSubscription([property: Id(0)] long Seq, [property: Id(1)] bool Anonymous);
