namespace Laboratori.Silo.Storage;

/// <summary>
/// An append-only log of entries per stream with gapless sequence numbers starting at 1, and snapshots of
/// whatever the stream's owner folds the entries into. The log is the point of serialization: an append
/// succeeds only if it continues the stream exactly, so two writers can never interleave or lose entries.
/// </summary>
public interface IEventLog
{
    /// <summary>
    /// Appends <paramref name="entries"/> atomically. Their sequence numbers must be consecutive and the first
    /// must be the stream's last sequence number plus one; otherwise nothing is written and
    /// <see cref="LogConflictException"/> is thrown. The task completes only once the entries are durable.
    /// </summary>
    Task AppendAsync(string streamId, IReadOnlyList<LogEntry> entries, CancellationToken cancellationToken = default);

    /// <summary>Reads up to <paramref name="maxCount"/> entries with a sequence number above <paramref name="afterSeq"/>, in order.</summary>
    Task<IReadOnlyList<LogEntry>> ReadAsync(string streamId, long afterSeq, int maxCount, CancellationToken cancellationToken = default);

    /// <summary>Reads the last <paramref name="maxCount"/> entries of the stream, in ascending order.</summary>
    Task<IReadOnlyList<LogEntry>> ReadTailAsync(string streamId, int maxCount, CancellationToken cancellationToken = default);

    /// <summary>Reads up to <paramref name="maxCount"/> entries written at or after <paramref name="from"/> and before <paramref name="before"/>, in order.</summary>
    Task<IReadOnlyList<LogEntry>> ReadByTimeAsync(string streamId, DateTimeOffset from, DateTimeOffset before, int maxCount, CancellationToken cancellationToken = default);

    /// <summary>
    /// The first sequence number of each of <paramref name="keys"/> (see <see cref="LogEntry.Key"/>) that the stream
    /// holds; keys it does not hold are absent from the answer. Indexed: as fast for an entry a year old as for the last.
    /// </summary>
    Task<IReadOnlyDictionary<string, long>> FindKeysAsync(string streamId, IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default);

    /// <summary>The stream's last sequence number, 0 when it has none.</summary>
    Task<long> GetLastSeqAsync(string streamId, CancellationToken cancellationToken = default);

    /// <summary>Stores a snapshot of the stream's folded state at <see cref="LogSnapshot.Seq"/> (replacing one at the same seq).</summary>
    Task SaveSnapshotAsync(string streamId, LogSnapshot snapshot, CancellationToken cancellationToken = default);

    /// <summary>The latest snapshot at or below <paramref name="atOrBelowSeq"/>, or null.</summary>
    Task<LogSnapshot?> ReadSnapshotAsync(string streamId, long atOrBelowSeq, CancellationToken cancellationToken = default);
}
