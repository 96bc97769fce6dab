using Laboratori.Grains.Canvas.Model;

namespace Laboratori.Grains.Cohesion;

/// <summary>A card a participant added, or an action they took on; <see cref="By"/> is null when it was anonymous.</summary>
public sealed record Contribution(long Seq, int? Meeting, ContributionKind Kind, Party? By);
