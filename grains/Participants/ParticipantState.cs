using System.Collections.Immutable;
using Laboratori.Contracts.Labs;
using Laboratori.Grains.Labs;

namespace Laboratori.Grains.Participants;

[GenerateSerializer]
public sealed class ParticipantState
{
    [Id(0)] public ParticipantProfile? Profile { get; set; }

    [Id(1)] public ImmutableDictionary<string, int> ActivityByLab { get; set; } = ImmutableDictionary<string, int>.Empty;
}
