using Laboratori.Silo.Storage;

namespace Laboratori.Tests.Storage;

/// <summary>The <see cref="IEventLog"/> contract: gapless appends, the expected-seq fence, reads, snapshots.</summary>
public abstract partial class StorageConformanceTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);
    private static readonly DateTimeOffset T0 = new(2025, 3, 1, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Append_then_read_returns_the_entries_in_order()
    {
        var log = await CreateLogAsync();
        var stream = NewStream();
        var entries = Entries(1, 5);

        await log.AppendAsync(stream, entries);

        Assert.Equal(entries, await log.ReadAsync(stream, 0, 100));
    }

    [Fact]
    public async Task Successive_appends_form_a_gapless_log()
    {
        var log = await CreateLogAsync();
        var stream = NewStream();

        await log.AppendAsync(stream, Entries(1, 3));
        await log.AppendAsync(stream, Entries(4, 1));
        await log.AppendAsync(stream, Entries(5, 10));

        var read = await log.ReadAsync(stream, 0, 100);
        Assert.Equal(Enumerable.Range(1, 14).Select(i => (long)i), read.Select(e => e.Seq));
    }

    [Theory]
    [InlineData(4)] // leaves a gap
    [InlineData(2)] // already taken
    [InlineData(1)] // already taken
    public async Task Append_with_wrong_first_seq_conflicts_and_writes_nothing(long firstSeq)
    {
        var log = await CreateLogAsync();
        var stream = NewStream();
        var existing = Entries(1, 2);
        await log.AppendAsync(stream, existing);

        var conflict = await Assert.ThrowsAsync<LogConflictException>(
            () => log.AppendAsync(stream, Entries(firstSeq, 3, "late")));

        Assert.Equal(stream, conflict.StreamId);
        Assert.Equal(existing, await log.ReadAsync(stream, 0, 100));
        Assert.Equal(2, await log.GetLastSeqAsync(stream));
    }

    [Fact]
    public async Task First_append_must_start_at_one()
    {
        var log = await CreateLogAsync();
        var stream = NewStream();

        await Assert.ThrowsAsync<LogConflictException>(() => log.AppendAsync(stream, Entries(2, 1)));

        Assert.Equal(0, await log.GetLastSeqAsync(stream));
    }

    [Fact]
    public async Task Non_consecutive_batch_is_rejected_and_writes_nothing()
    {
        var log = await CreateLogAsync();
        var stream = NewStream();
        LogEntry[] batch = [Entry(1), Entry(2), Entry(4)];

        await Assert.ThrowsAsync<ArgumentException>(() => log.AppendAsync(stream, batch));

        Assert.Empty(await log.ReadAsync(stream, 0, 100));
    }

    [Fact]
    public async Task Empty_append_is_a_no_op()
    {
        var log = await CreateLogAsync();
        var stream = NewStream();

        await log.AppendAsync(stream, []);

        Assert.Equal(0, await log.GetLastSeqAsync(stream));
    }

    [Fact]
    public async Task Concurrent_appenders_on_one_stream_leave_a_gapless_log_with_every_success_once()
    {
        const int writers = 20;
        const int appendsEach = 10;
        var log = await CreateLogAsync();
        var stream = NewStream();

        var tasks = Enumerable.Range(0, writers).Select(w => Task.Run(async () =>
        {
            var succeeded = new List<string>();
            for (var attempt = 0; succeeded.Count < appendsEach; attempt++)
            {
                Assert.True(attempt < 100_000, "a writer never got through");
                var next = await log.GetLastSeqAsync(stream) + 1;
                var data = $"{w}:{succeeded.Count}";
                try
                {
                    await log.AppendAsync(stream, [new LogEntry(next, T0, "note", data)]);
                    succeeded.Add(data);
                }
                catch (LogConflictException)
                {
                    // Another writer took that seq: re-read and try again, as a grain would.
                }
            }

            return succeeded;
        }));
        var successes = (await Task.WhenAll(tasks).WaitAsync(Timeout)).SelectMany(s => s).ToList();

        var read = await log.ReadAsync(stream, 0, 10_000);
        Assert.Equal(Enumerable.Range(1, writers * appendsEach).Select(i => (long)i), read.Select(e => e.Seq));
        Assert.Equal(successes.Order(), read.Select(e => e.Data).Order());
        Assert.Equal(read.Count, read.Select(e => e.Data).Distinct().Count());
    }

    [Fact]
    public async Task Read_after_seq_respects_max_count()
    {
        var log = await CreateLogAsync();
        var stream = NewStream();
        await log.AppendAsync(stream, Entries(1, 10));

        var read = await log.ReadAsync(stream, 4, 3);

        Assert.Equal([5L, 6L, 7L], read.Select(e => e.Seq));
        Assert.Empty(await log.ReadAsync(stream, 10, 3));
        Assert.Empty(await log.ReadAsync(stream, 0, 0));
    }

    [Fact]
    public async Task Read_tail_returns_the_last_entries_ascending()
    {
        var log = await CreateLogAsync();
        var stream = NewStream();
        await log.AppendAsync(stream, Entries(1, 10));

        Assert.Equal([8L, 9L, 10L], (await log.ReadTailAsync(stream, 3)).Select(e => e.Seq));
        Assert.Equal(10, (await log.ReadTailAsync(stream, 50)).Count);
        Assert.Empty(await log.ReadTailAsync(NewStream(), 3));
    }

    [Fact]
    public async Task Read_by_time_returns_the_half_open_range_in_order()
    {
        var log = await CreateLogAsync();
        var stream = NewStream();
        // Entry n is written at T0 + n minutes.
        await log.AppendAsync(stream, Entries(1, 10));

        var read = await log.ReadByTimeAsync(stream, T0.AddMinutes(3), T0.AddMinutes(7), 100);
        Assert.Equal([3L, 4L, 5L, 6L], read.Select(e => e.Seq));

        var limited = await log.ReadByTimeAsync(stream, T0.AddMinutes(3), T0.AddMinutes(7), 2);
        Assert.Equal([3L, 4L], limited.Select(e => e.Seq));
    }

    [Fact]
    public async Task Last_seq_is_zero_for_an_empty_stream_then_follows_appends()
    {
        var log = await CreateLogAsync();
        var stream = NewStream();

        Assert.Equal(0, await log.GetLastSeqAsync(stream));
        await log.AppendAsync(stream, Entries(1, 7));
        Assert.Equal(7, await log.GetLastSeqAsync(stream));
    }

    [Fact]
    public async Task Streams_are_independent()
    {
        var log = await CreateLogAsync();
        var a = NewStream();
        var b = NewStream();

        await log.AppendAsync(a, Entries(1, 3, "a"));
        await log.AppendAsync(b, Entries(1, 2, "b"));

        Assert.Equal(3, await log.GetLastSeqAsync(a));
        Assert.All(await log.ReadAsync(b, 0, 100), e => Assert.StartsWith("b", e.Data, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Snapshot_read_returns_the_latest_at_or_below_the_seq()
    {
        var log = await CreateLogAsync();
        var stream = NewStream();

        Assert.Null(await log.ReadSnapshotAsync(stream, 1000));
        await log.SaveSnapshotAsync(stream, new LogSnapshot(500, "s500"));
        await log.SaveSnapshotAsync(stream, new LogSnapshot(1000, "s1000"));
        await log.SaveSnapshotAsync(stream, new LogSnapshot(1000, "s1000b"));

        Assert.Null(await log.ReadSnapshotAsync(stream, 499));
        Assert.Equal(new LogSnapshot(500, "s500"), await log.ReadSnapshotAsync(stream, 999));
        Assert.Equal(new LogSnapshot(1000, "s1000b"), await log.ReadSnapshotAsync(stream, 1000));
        Assert.Equal(new LogSnapshot(1000, "s1000b"), await log.ReadSnapshotAsync(stream, long.MaxValue));
        Assert.Null(await log.ReadSnapshotAsync(NewStream(), long.MaxValue));
    }

    [Fact]
    public async Task Many_streams_appended_concurrently_all_land()
    {
        const int streams = 200;
        const int batches = 5;
        var log = await CreateLogAsync();
        var ids = Enumerable.Range(0, streams).Select(_ => NewStream()).ToArray();

        await Task.WhenAll(ids.Select(id => Task.Run(async () =>
        {
            for (var b = 0; b < batches; b++)
            {
                await log.AppendAsync(id, Entries((b * 2) + 1, 2, id));
            }
        }))).WaitAsync(Timeout);

        foreach (var id in ids)
        {
            var read = await log.ReadAsync(id, 0, 100);
            Assert.Equal(Enumerable.Range(1, batches * 2).Select(i => (long)i), read.Select(e => e.Seq));
            Assert.All(read, e => Assert.StartsWith(id, e.Data, StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task Data_survives_closing_and_reopening_the_store()
    {
        var log = await CreateLogAsync();
        var stream = NewStream();
        var entries = Entries(1, 4);
        await log.AppendAsync(stream, entries);
        await log.SaveSnapshotAsync(stream, new LogSnapshot(3, "folded"));

        var reopened = await ReopenLogAsync();

        Assert.Equal(entries, await reopened.ReadAsync(stream, 0, 100));
        Assert.Equal(4, await reopened.GetLastSeqAsync(stream));
        Assert.Equal(new LogSnapshot(3, "folded"), await reopened.ReadSnapshotAsync(stream, 4));
        await reopened.AppendAsync(stream, Entries(5, 1));
        Assert.Equal(5, await reopened.GetLastSeqAsync(stream));
    }

    private static string NewStream() => $"stream-{Guid.NewGuid():N}";

    private static LogEntry Entry(long seq, string tag = "e") =>
        new(seq, T0.AddMinutes(seq), "card.added", $"{tag}{{\"n\":{seq}}}");

    private static LogEntry[] Entries(long firstSeq, int count, string tag = "e") =>
        [.. Enumerable.Range(0, count).Select(i => Entry(firstSeq + i, tag))];
}
