using System.Collections.Immutable;
using Laboratori.Contracts;

namespace Laboratori.Grains.History.Synthesis;

/// <summary>
/// The griglia di sintesi: for each theme (macro-question) the cards of each lane that answer it, with votes and
/// who contributed; cards in no theme and linked to none come last. As of event <see cref="Seq"/>.
/// </summary>
public sealed record SynthesisGrid(
    string LabId,
    string Title,
    long Seq,
    DateTimeOffset? At,
    ImmutableArray<LaneDefinition> Lanes,
    ImmutableArray<SynthesisRow> Rows,
    ImmutableArray<Contributor> Contributors);
