using System.Collections.Immutable;
using Laboratori.Contracts.Labs;

namespace Laboratori.Contracts.Participants;

/// <summary>A participant's profile and the labs they joined (what they did there is in each lab's log).</summary>
[GenerateSerializer, Immutable]
public sealed record ParticipantView(
    [property: Id(0)] string Id,
    [property: Id(1)] ParticipantProfile Profile,
    [property: Id(2)] ImmutableSortedSet<string> Labs);
