namespace Laboratori.Grains.Cohesion;

/// <summary>
/// One participant acting on another participant's contribution (<see cref="InteractionKinds"/>): who acted
/// (<see cref="Source"/>) on whose card (<see cref="Target"/>). Either is null when that side was anonymous: the
/// interaction is counted, never attributed.
/// </summary>
public sealed record Interaction(long Seq, int? Meeting, string Kind, Party? Source, Party? Target);
