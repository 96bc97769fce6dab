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
