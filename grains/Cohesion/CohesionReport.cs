using System.Collections.Immutable;

namespace Laboratori.Grains.Cohesion;

/// <summary>
/// The cohesion measures of a lab at <see cref="Seq"/>, or of several labs together (<see cref="Labs"/>). Each
/// formula, with a worked example, is in docs/cohesion.md. Shares are fractions in [0, 1], null when their
/// denominator is zero.
/// </summary>
public sealed record CohesionReport(
    ImmutableArray<string> Labs,
    long Seq,
    int Adherents,
    double AveragePresent,
    double? ParticipationRate,
    int InteractivePeople,
    int InteractiveEnti,
    int Interactions,
    int AnonymousInteractions,
    int CrossSectorInteractions,
    double? CrossSectorShare,
    int CrossEnteInteractions,
    double? CrossEnteShare,
    int ContinuityK,
    int ContinuingEnti,
    int Contributions,
    int AnonymousContributions,
    ImmutableArray<MeetingCohesion> Meetings,
    ImmutableArray<EnteCohesion> Enti);
