using System.Collections.Immutable;
using Laboratori.Contracts;

namespace Laboratori.Grains.Cohesion;

/// <summary>
/// One ente: its people, the incontri it was present at, what its people contributed by kind, its communityholder
/// index (offers and actions over all three kinds; null without any) and that index per incontro
/// (<see cref="Trend"/>, one value per incontro of <see cref="CohesionReport.Meetings"/>, null where it contributed none).
/// </summary>
public sealed record EnteCohesion(
    string Key,
    string Name,
    Sector Sector,
    int People,
    int MeetingsPresent,
    int Needs,
    int Resources,
    int Actions,
    double? CommunityholderIndex,
    ImmutableArray<double?> Trend);
