using Laboratori.Silo.Storage;

namespace Laboratori.Tests.Domain;

/// <summary>
/// An in-memory <see cref="IEventLog"/> whose appends and key lookups wait until the test releases them, so a test
/// decides exactly what arrives while a commit is in flight. Releasing runs the waiting code inline, on the test's thread.
/// </summary>
public sealed class FakeEventLog : IEventLog
{
    private readonly List<LogEntry> _entries = [];
    private readonly Queue<(IReadOnlyList<LogEntry> Entries, TaskCompletionSource Done)> _appends = new();
    private readonly Queue<(IReadOnlyCollection<string> Keys, TaskCompletionSource<IReadOnlyDictionary<string, long>> Done)> _lookups = new();

    /// <summary>Entries durable so far.</summary>
    public IReadOnlyList<LogEntry> Entries => _entries;

    /// <summary>Appends asked for and not yet released.</summary>
    public int WaitingAppends => _appends.Count;

    /// <summary>Key lookups asked for and not yet released.</summary>
    public int WaitingLookups => _lookups.Count;

    /// <summary>How many entries each released append held, in order.</summary>
    public List<int> BatchSizes { get; } = [];

    /// <summary>The keys each lookup asked for, in order.</summary>
    public List<string[]> Lookups { get; } = [];

    public Task AppendAsync(string streamId, IReadOnlyList<LogEntry> entries, CancellationToken cancellationToken = default)
    {
        var done = new TaskCompletionSource();
        _appends.Enqueue(([.. entries], done));
        return done.Task;
    }

    /// <summary>Makes the oldest waiting append durable (or fences it as a stale writer's).</summary>
    public void ReleaseAppend(bool fence = false)
    {
        var (entries, done) = _appends.Dequeue();
        if (fence || entries[0].Seq != _entries.Count + 1)
        {
            done.SetException(new LogConflictException("lab", entries[0].Seq));
            return;
        }

        _entries.AddRange(entries);
        BatchSizes.Add(entries.Count);
        done.SetResult();
    }

    public Task<IReadOnlyDictionary<string, long>> FindKeysAsync(string streamId, IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default)
    {
        var done = new TaskCompletionSource<IReadOnlyDictionary<string, long>>();
        _lookups.Enqueue((keys, done));
        Lookups.Add([.. keys]);
        return done.Task;
    }

    /// <summary>Answers the oldest waiting lookup from the durable entries, or fails it.</summary>
    public void ReleaseLookup(bool fail = false)
    {
        var (keys, done) = _lookups.Dequeue();
        if (fail)
        {
            done.SetException(new IOException("storage is down"));
            return;
        }

        done.SetResult(_entries.Where(e => e.Key is not null && keys.Contains(e.Key)).GroupBy(e => e.Key!).ToDictionary(g => g.Key, g => g.Min(e => e.Seq)));
    }

    public Task<IReadOnlyList<LogEntry>> ReadAsync(string streamId, long afterSeq, int maxCount, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<LogEntry>>([.. _entries.Where(e => e.Seq > afterSeq).Take(maxCount)]);

    public Task<IReadOnlyList<LogEntry>> ReadTailAsync(string streamId, int maxCount, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<LogEntry>>([.. _entries.TakeLast(maxCount)]);

    public Task<IReadOnlyList<LogEntry>> ReadByTimeAsync(string streamId, DateTimeOffset from, DateTimeOffset before, int maxCount, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<LogEntry>>([.. _entries.Where(e => e.At >= from && e.At < before).Take(maxCount)]);

    public Task<long> GetLastSeqAsync(string streamId, CancellationToken cancellationToken = default) => Task.FromResult((long)_entries.Count);

    public Task SaveSnapshotAsync(string streamId, LogSnapshot snapshot, CancellationToken cancellationToken = default) => Task.CompletedTask;

    public Task<LogSnapshot?> ReadSnapshotAsync(string streamId, long atOrBelowSeq, CancellationToken cancellationToken = default) => Task.FromResult<LogSnapshot?>(null);
}
