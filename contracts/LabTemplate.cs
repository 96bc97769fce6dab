using System.Collections.Immutable;

namespace Laboratori.Contracts;

/// <summary>The shape a lab's canvas starts with: its lanes, its agenda of phases and the votes each participant has.</summary>
[GenerateSerializer, Immutable]
public sealed record LabTemplate(
    [property: Id(0)] string Id,
    [property: Id(1)] ImmutableArray<LaneDefinition> Lanes,
    [property: Id(2)] ImmutableArray<PhaseDefinition> Phases,
    [property: Id(3)] int VoteBudget);
