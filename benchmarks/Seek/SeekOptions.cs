namespace Laboratori.Benchmarks.Seek;

/// <summary>Options of the <c>seek</c> benchmark.</summary>
public sealed record SeekOptions(int Events = 20_000, int SnapshotInterval = 500, int Seeks = 300, int BaselineSeeks = 30, string Output = "seek-result.json");
