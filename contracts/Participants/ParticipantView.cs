using System.Collections.Immutable;
using Laboratori.Contracts.Labs;

namespace Laboratori.Contracts.Participants;

/// <summary>A participant's profile, the labs they joined and their activity (events authored) per lab.</summary>
[GenerateSerializer, Immutable]
public sealed record ParticipantView(
    [property: Id(0)] string Id,
    [property: Id(1)] ParticipantProfile Profile,
    [property: Id(2)] ImmutableDictionary<string, int> ActivityByLab);
