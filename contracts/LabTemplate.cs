using System.Collections.Immutable;
using System.Text.Json.Serialization;

namespace Laboratori.Contracts;

/// <summary>
/// The shape a lab's canvas starts with: its lanes, its agenda of phases and the votes each participant has. A built-in
/// template has no <see cref="Version"/>; a programme's own template is its key and the version saved.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record LabTemplate(
    [property: Id(0)] string Id,
    [property: Id(1)] ImmutableArray<LaneDefinition> Lanes,
    [property: Id(2)] ImmutableArray<PhaseDefinition> Phases,
    [property: Id(3)] int VoteBudget,
    [property: Id(4), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? Version = null);
