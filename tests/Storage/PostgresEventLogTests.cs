using Laboratori.Silo.Postgres;
using Laboratori.Silo.Storage;

namespace Laboratori.Tests.Storage;

/// <summary>The event log conformance tests on PostgreSQL: one database for the class, fresh connections per test.</summary>
public sealed class PostgresEventLogTests(PostgresTestDatabase server)
    : EventLogConformanceTests, IClassFixture<PostgresTestDatabase>, IAsyncLifetime
{
    private readonly List<PostgresDatabase> _opened = [];

    protected override async Task<IEventLog> CreateLogAsync()
    {
        var database = await server.OpenAsync();
        _opened.Add(database);
        return new PostgresEventLog(database);
    }

    protected override async Task<IEventLog> ReopenLogAsync()
    {
        await DisposeAsync();
        return await CreateLogAsync();
    }

    [Fact]
    public async Task Times_keep_milliseconds_like_sqlite_and_reads_accept_the_extreme_bounds()
    {
        var log = await CreateLogAsync();
        var stream = $"stream-{Guid.NewGuid():N}";
        var at = new DateTimeOffset(2025, 3, 1, 9, 0, 0, 7, TimeSpan.FromHours(1)); // not UTC: stored as the same instant
        await log.AppendAsync(stream, [new LogEntry(1, at.AddTicks(1234), "t", "{}")]);

        var all = await log.ReadByTimeAsync(stream, DateTimeOffset.MinValue, DateTimeOffset.MaxValue, 10);

        Assert.Equal(at, Assert.Single(all).At);
        Assert.Single(await log.ReadByTimeAsync(stream, at.AddTicks(1), DateTimeOffset.MaxValue, 10)); // same millisecond
        Assert.Empty(await log.ReadByTimeAsync(stream, at.AddMilliseconds(1), DateTimeOffset.MaxValue, 10));
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var database in _opened)
        {
            await database.DisposeAsync();
        }

        _opened.Clear();
    }
}
