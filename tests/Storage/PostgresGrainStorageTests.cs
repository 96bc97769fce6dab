using Laboratori.Silo.Postgres;
using Orleans.Storage;

namespace Laboratori.Tests.Storage;

/// <summary>The grain storage conformance tests on PostgreSQL: one database for the class, fresh connections per test.</summary>
public sealed class PostgresGrainStorageTests(PostgresTestDatabase server)
    : GrainStorageConformanceTests, IClassFixture<PostgresTestDatabase>, IAsyncLifetime
{
    private PostgresDatabase? _database;

    protected override async Task<IGrainStorage> CreateStorageAsync()
    {
        _database = await server.OpenAsync();
        return new PostgresGrainStorage(_database);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }
}
