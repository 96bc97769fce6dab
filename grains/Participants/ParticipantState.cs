using System.Collections.Immutable;
using Laboratori.Contracts.Labs;

namespace Laboratori.Grains.Participants;

[GenerateSerializer]
public sealed class ParticipantState
{
    [Id(0)] public ParticipantProfile? Profile { get; set; }

    [Id(1)] public ImmutableSortedSet<string> Labs { get; set; } = ImmutableSortedSet<string>.Empty;
}
