namespace Laboratori.Silo.Storage;

/// <summary>The folded state of a stream as of <paramref name="Seq"/>, serialized by the stream's owner.</summary>
public sealed record LogSnapshot(long Seq, string Data);
