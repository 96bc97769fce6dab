using System.Collections.Concurrent;
using Laboratori.Silo.Feed;
using Laboratori.Silo.Postgres;
using Laboratori.Silo.Storage;
using Microsoft.Extensions.Logging.Abstractions;

namespace Laboratori.Tests.Storage;

/// <summary>Two nodes on one PostgreSQL database: what one appends, the other's change feed hears.</summary>
public sealed class PostgresChangeFeedTests(PostgresTestDatabase server) : IClassFixture<PostgresTestDatabase>, IAsyncLifetime
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);
    private static readonly DateTimeOffset T0 = new(2025, 3, 1, 9, 0, 0, TimeSpan.Zero);
    private readonly List<IAsyncDisposable> _opened = [];

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        // Feeds first: they use their database's connection string.
        foreach (var item in Enumerable.Reverse(_opened))
        {
            await item.DisposeAsync();
        }
    }

    [Fact]
    public async Task An_append_on_one_node_is_heard_by_the_other_nodes_feed_with_its_stream_and_last_seq()
    {
        var (logA, _) = await NodeAsync();
        var (_, feedB) = await NodeAsync();
        var stream = $"lab-{Guid.NewGuid():N}";
        var heard = new TaskCompletionSource<(string, long)>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var subscription = feedB.Subscribe((s, seq) =>
        {
            if (s == stream)
            {
                heard.TrySetResult((s, seq));
            }

            return Task.CompletedTask;
        });

        await logA.AppendAsync(stream, [Entry(1), Entry(2), Entry(3)]);

        Assert.Equal((stream, 3L), await heard.Task.WaitAsync(Timeout));
    }

    [Fact]
    public async Task Only_committed_appends_are_announced_in_commit_order_and_the_writer_hears_its_own()
    {
        var (logA, feedA) = await NodeAsync();
        var (_, feedB) = await NodeAsync();
        var stream = $"lab-{Guid.NewGuid():N}";
        var heardByA = Collect(feedA, stream, untilSeq: 4, out var doneA);
        var heardByB = Collect(feedB, stream, untilSeq: 4, out var doneB);

        await logA.AppendAsync(stream, [Entry(1), Entry(2)]);
        await Assert.ThrowsAsync<LogConflictException>(() => logA.AppendAsync(stream, [Entry(2), Entry(3)]));
        await logA.AppendAsync(stream, [Entry(3)]);
        await logA.AppendAsync(stream, [Entry(4)]);

        await Task.WhenAll(doneA, doneB).WaitAsync(Timeout);
        Assert.Equal([2L, 3L, 4L], heardByA);
        Assert.Equal([2L, 3L, 4L], heardByB);
    }

    [Fact]
    public async Task Publish_reaches_every_node_and_stream_ids_may_contain_colons()
    {
        var (_, feedA) = await NodeAsync();
        var (_, feedB) = await NodeAsync();
        var stream = $"lab:{Guid.NewGuid():N}:x";
        var heard = new TaskCompletionSource<long>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var subscription = feedB.Subscribe((s, seq) =>
        {
            if (s == stream)
            {
                heard.TrySetResult(seq);
            }

            return Task.CompletedTask;
        });

        await feedA.PublishAsync(stream, 42);

        Assert.Equal(42, await heard.Task.WaitAsync(Timeout));
    }

    [Fact]
    public async Task A_failing_subscriber_does_not_stop_the_others_or_the_feed()
    {
        var (logA, feedA) = await NodeAsync();
        var stream = $"lab-{Guid.NewGuid():N}";
        using var failing = feedA.Subscribe((_, _) => throw new InvalidOperationException("boom"));
        var heard = Collect(feedA, stream, untilSeq: 2, out var done);

        await logA.AppendAsync(stream, [Entry(1)]);
        await logA.AppendAsync(stream, [Entry(2)]);

        await done.WaitAsync(Timeout);
        Assert.Equal([1L, 2L], heard);
    }

    private static ConcurrentQueue<long> Collect(IChangeFeed feed, string stream, long untilSeq, out Task done)
    {
        var seqs = new ConcurrentQueue<long>();
        var reached = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        // Kept for the life of the feed, which the test disposes.
        _ = feed.Subscribe((s, seq) =>
        {
            if (s == stream)
            {
                seqs.Enqueue(seq);
                if (seq >= untilSeq)
                {
                    reached.TrySetResult();
                }
            }

            return Task.CompletedTask;
        });
        done = reached.Task;
        return seqs;
    }

    /// <summary>A node: its own connection pool, log and listening change feed.</summary>
    private async Task<(IEventLog Log, IChangeFeed Feed)> NodeAsync()
    {
        var database = await server.OpenAsync();
        _opened.Add(database);
        var feed = new PostgresChangeFeed(database, NullLogger<PostgresChangeFeed>.Instance);
        _opened.Add(feed);
        feed.Start();
        await feed.Listening.WaitAsync(Timeout);
        return (new PostgresEventLog(database), feed);
    }

    private static LogEntry Entry(long seq) => new(seq, T0.AddMinutes(seq), "card.added", $"{{\"n\":{seq}}}");
}
