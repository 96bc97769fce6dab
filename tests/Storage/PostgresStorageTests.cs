using System.Collections.Immutable;
using Laboratori.Silo.Postgres;
using Laboratori.Silo.Storage;
using Npgsql;
using Orleans.Storage;

namespace Laboratori.Tests.Storage;

/// <summary>The storage conformance cases on PostgreSQL: one database for the class, fresh connections per test.</summary>
public sealed class PostgresStorageTests(PostgresTestDatabase server)
    : StorageConformanceTests, IClassFixture<PostgresTestDatabase>, IAsyncLifetime
{
    private readonly List<PostgresDatabase> _opened = [];

    protected override ImmutableDictionary<string, string?> StoreConfiguration => ImmutableDictionary<string, string?>.Empty
        .Add("Storage:SqlitePath", Path.Combine(Path.GetTempPath(), $"laboratori-unused-{Guid.NewGuid():N}", "x.db"))
        .Add("Storage:PostgresConnectionString", server.ConnectionString);

    protected override async Task<IEventLog> CreateLogAsync() => new PostgresEventLog(await OpenAsync());

    protected override async Task<IEventLog> ReopenLogAsync()
    {
        await DisposeAsync();
        return await CreateLogAsync();
    }

    protected override async Task<IGrainStorage> CreateStorageAsync() => new JsonGrainStorage(new PostgresGrainStateRows(await OpenAsync()));

    protected override async Task ChangeRowBehindAsync(string stateName, string grainKey, string etag, string data)
    {
        await using var connection = new NpgsqlConnection(server.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("UPDATE grain_state SET etag = $1, data = $2 WHERE grain_type = $3 AND grain_id = $4;", connection);
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = etag });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = data });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = stateName });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = grainKey });
        Assert.Equal(1, await command.ExecuteNonQueryAsync());
    }

    [Fact]
    public async Task A_postgres_connection_string_selects_postgres()
    {
        await using var silo = await ConformanceSilo.StartAsync(StoreConfiguration);

        Assert.IsType<PostgresEventLog>(silo.Services.GetService(typeof(IEventLog)));
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

    private async Task<PostgresDatabase> OpenAsync()
    {
        var database = await server.OpenAsync();
        _opened.Add(database);
        return database;
    }
}
