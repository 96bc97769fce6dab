using Laboratori.Silo.Sqlite;
using Orleans.Storage;

namespace Laboratori.Tests.Storage;

/// <summary>The grain storage conformance tests on a fresh SQLite file per test.</summary>
public sealed class SqliteGrainStorageTests : GrainStorageConformanceTests, IDisposable
{
    private readonly TempSqliteFile _file = new();
    private SqliteDatabase? _database;

    protected override Task<IGrainStorage> CreateStorageAsync()
    {
        _database = _file.Open();
        return Task.FromResult<IGrainStorage>(new SqliteGrainStorage(_database));
    }

    public void Dispose()
    {
        _database?.Dispose();
        _file.Dispose();
    }
}
