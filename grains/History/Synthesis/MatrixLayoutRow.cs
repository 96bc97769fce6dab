using System.Collections.Immutable;
using Laboratori.Contracts;

namespace Laboratori.Grains.History.Synthesis;

/// <summary>One row of a <see cref="MatrixLayout"/>: its name and its cell under each column (null where it has none).</summary>
public sealed record MatrixLayoutRow(string Name, ImmutableArray<LaneDefinition?> Cells);
