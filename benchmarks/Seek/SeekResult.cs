using Laboratori.LoadTest;

namespace Laboratori.Benchmarks.Seek;

/// <summary>What the <c>seek</c> benchmark measured; written as JSON beside the printed table.</summary>
public sealed record SeekResult(int Events, int SnapshotInterval, Stats StateAtSeq, Stats FoldFromStart, Stats SeqAtTime, double SpeedUp);
