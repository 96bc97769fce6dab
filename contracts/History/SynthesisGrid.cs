using System.Collections.Immutable;

namespace Laboratori.Contracts.History;

/// <summary>
/// The griglia di sintesi: for each theme (macro-question) the cards of each lane that answer it, with votes and
/// who contributed; cards in no theme and linked to none come last. As of event <see cref="Seq"/>.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record SynthesisGrid(
    [property: Id(0)] string LabId,
    [property: Id(1)] string Title,
    [property: Id(2)] long Seq,
    [property: Id(3)] DateTimeOffset? At,
    [property: Id(4)] ImmutableArray<LaneDefinition> Lanes,
    [property: Id(5)] ImmutableArray<SynthesisRow> Rows,
    [property: Id(6)] ImmutableArray<Contributor> Contributors);
