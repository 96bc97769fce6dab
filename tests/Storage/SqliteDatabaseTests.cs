using Laboratori.Silo.Sqlite;
using Laboratori.Silo.Storage;

namespace Laboratori.Tests.Storage;

/// <summary>Behaviour of the SQLite writer that the conformance tests cannot see from outside.</summary>
public sealed class SqliteDatabaseTests : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);
    private static readonly DateTimeOffset T0 = new(2025, 3, 1, 9, 0, 0, TimeSpan.Zero);
    private readonly TempSqliteFile _file = new();

    [Fact]
    public async Task A_failing_request_rolls_back_only_itself_within_a_group_commit()
    {
        using var database = _file.Open();
        var log = new SqliteEventLog(database);

        // Queued without awaiting, so they tend to share one transaction; every other request must land regardless.
        var appends = Enumerable.Range(1, 50)
            .Select(i => log.AppendAsync("s", [new LogEntry(i, T0, "t", $"{i}")]))
            .ToList();
        var conflicting = log.AppendAsync("s", [new LogEntry(1, T0, "t", "dup"), new LogEntry(2, T0, "t", "dup")]);
        var failing = database.WriteAsync<int>(_ => throw new InvalidOperationException("boom"));
        appends.Add(log.AppendAsync("s", [new LogEntry(51, T0, "t", "51")]));

        await Task.WhenAll(appends).WaitAsync(Timeout);
        await Assert.ThrowsAsync<LogConflictException>(() => conflicting);
        await Assert.ThrowsAsync<InvalidOperationException>(() => failing);
        var read = await log.ReadAsync("s", 0, 100);
        Assert.Equal(Enumerable.Range(1, 51).Select(i => $"{i}"), read.Select(e => e.Data));
    }

    [Fact]
    public async Task Disposing_drains_the_queued_writes()
    {
        List<Task> appends;
        using (var database = _file.Open())
        {
            var log = new SqliteEventLog(database);
            appends = [.. Enumerable.Range(1, 200).Select(i => log.AppendAsync($"s{i}", [new LogEntry(1, T0, "t", "x")]))];
        }

        await Task.WhenAll(appends).WaitAsync(Timeout);
        using var reopened = _file.Open();
        var again = new SqliteEventLog(reopened);
        foreach (var i in Enumerable.Range(1, 200))
        {
            Assert.Equal(1, await again.GetLastSeqAsync($"s{i}"));
        }
    }

    [Fact]
    public async Task Writes_after_dispose_are_refused()
    {
        var database = _file.Open();
        await database.DisposeAsync();

        // The refusal is immediate, not a faulted task: nothing was queued.
        Assert.Throws<ObjectDisposedException>(() => { _ = database.WriteAsync(_ => 0); });
    }

    public void Dispose() => _file.Dispose();
}
