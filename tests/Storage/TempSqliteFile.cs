using Laboratori.Silo.Sqlite;
using Laboratori.Silo.Storage;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Laboratori.Tests.Storage;

/// <summary>A database path in a temp folder of its own, deleted with everything SQLite put beside it.</summary>
public sealed class TempSqliteFile : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), $"laboratori-test-{Guid.NewGuid():N}");

    public string FilePath => Path.Combine(_directory, "nested", "test.db");

    public SqliteDatabase Open() =>
        new(Options.Create(new StorageOptions { SqlitePath = FilePath, SqliteFullSync = false }), NullLogger<SqliteDatabase>.Instance);

    public void Dispose()
    {
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }
}
