using Microsoft.Data.Sqlite;

namespace Laboratori.Web.Data;

/// <summary>
/// Entity Framework's SQLite connections are pooled (opening the file anew for every query cost each join several
/// opens and schema reads: joins fell to about 30 a second); when the host has stopped, the pool's idle connections are
/// closed so the file is not held open after it.
/// </summary>
internal sealed class SqlitePoolRelease(string connectionString, IHostApplicationLifetime lifetime) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        lifetime.ApplicationStopped.Register(() =>
        {
            using var connection = new SqliteConnection(connectionString);
            SqliteConnection.ClearPool(connection);
        });
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
