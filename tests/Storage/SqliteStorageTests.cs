using System.Collections.Immutable;
using Laboratori.Silo.Sqlite;
using Laboratori.Silo.Storage;
using Microsoft.Data.Sqlite;
using Orleans.Storage;

namespace Laboratori.Tests.Storage;

/// <summary>The storage conformance cases on a fresh SQLite file per test.</summary>
public sealed class SqliteStorageTests : StorageConformanceTests, IDisposable
{
    private readonly TempSqliteFile _file = new();
    private SqliteDatabase? _database;

    protected override ImmutableDictionary<string, string?> StoreConfiguration => ImmutableDictionary<string, string?>.Empty
        .Add("Storage:SqlitePath", _file.FilePath)
        .Add("Storage:SqliteFullSync", "false");

    protected override Task<IEventLog> CreateLogAsync() => Task.FromResult<IEventLog>(new SqliteEventLog(Open()));

    protected override async Task<IEventLog> ReopenLogAsync()
    {
        if (_database is not null)
        {
            await _database.DisposeAsync();
            _database = null;
        }

        return await CreateLogAsync();
    }

    protected override Task<IGrainStorage> CreateStorageAsync() => Task.FromResult<IGrainStorage>(new JsonGrainStorage(new SqliteGrainStateRows(Open())));

    protected override Task ChangeRowBehindAsync(string stateName, string grainKey, string etag, string data)
    {
        using var connection = new SqliteConnection($"Data Source={_file.FilePath};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "UPDATE grain_state SET etag = $etag, data = $data WHERE grain_type = $state AND grain_id = $id;";
        command.Parameters.AddWithValue("$etag", etag);
        command.Parameters.AddWithValue("$data", data);
        command.Parameters.AddWithValue("$state", stateName);
        command.Parameters.AddWithValue("$id", grainKey);
        Assert.Equal(1, command.ExecuteNonQuery());
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Without_a_postgres_connection_string_the_store_is_sqlite()
    {
        await using var silo = await ConformanceSilo.StartAsync(StoreConfiguration);

        Assert.IsType<SqliteEventLog>(silo.Services.GetService(typeof(IEventLog)));
    }

    public void Dispose()
    {
        _database?.Dispose();
        _file.Dispose();
    }

    private SqliteDatabase Open() => _database ??= _file.Open();
}
