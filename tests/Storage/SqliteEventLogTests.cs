using Laboratori.Silo.Sqlite;
using Laboratori.Silo.Storage;

namespace Laboratori.Tests.Storage;

/// <summary>The event log conformance tests on a fresh SQLite file per test.</summary>
public sealed class SqliteEventLogTests : EventLogConformanceTests, IDisposable
{
    private readonly TempSqliteFile _file = new();
    private SqliteDatabase? _database;

    protected override Task<IEventLog> CreateLogAsync()
    {
        _database = _file.Open();
        return Task.FromResult<IEventLog>(new SqliteEventLog(_database));
    }

    protected override async Task<IEventLog> ReopenLogAsync()
    {
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }

        return await CreateLogAsync();
    }

    public void Dispose()
    {
        _database?.Dispose();
        _file.Dispose();
    }
}
