using Laboratori.Tests.Support;
using Laboratori.Silo.Hosting;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans.Storage;

namespace Laboratori.Tests.Storage;

/// <summary>The SQLite grain storage under a real in-process Orleans silo.</summary>
public sealed class OrleansSqliteStorageTests : IAsyncLifetime, IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);
    private readonly TempSqliteFile _file = new();
    private IHost? _host;

    private IGrainFactory Grains => _host!.Services.GetRequiredService<IGrainFactory>();

    public async Task InitializeAsync()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration["Storage:SqlitePath"] = _file.FilePath;
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.UseOrleans(silo => silo.UseLocalhostClustering(LocalPorts.Free(), LocalPorts.Free()).AddLaboratoriStorage());
        _host = builder.Build();
        await _host.StartAsync().WaitAsync(Timeout);
    }

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.StopAsync().WaitAsync(Timeout);
            _host.Dispose();
        }
    }

    // xunit calls this after DisposeAsync, once the silo has closed the database.
    public void Dispose() => _file.Dispose();

    [Fact]
    public void Without_a_postgres_connection_string_the_store_is_sqlite()
    {
        Assert.IsType<Laboratori.Silo.Sqlite.SqliteEventLog>(_host!.Services.GetRequiredService<Laboratori.Silo.Storage.IEventLog>());
    }

    [Fact]
    public async Task State_survives_deactivation_and_reactivation()
    {
        var grain = Grains.GetGrain<IStorageCounterGrain>("survivor");
        await grain.Increment().WaitAsync(Timeout);
        await grain.Increment().WaitAsync(Timeout);
        var firstActivation = await grain.GetActivationId().WaitAsync(Timeout);

        await grain.Deactivate().WaitAsync(Timeout);

        // Calls to a deactivating activation are forwarded to a new one, which loads its state from storage.
        Assert.NotEqual(firstActivation, await grain.GetActivationId().WaitAsync(Timeout));
        Assert.Equal(2, await grain.GetCount().WaitAsync(Timeout));
        Assert.Equal(3, await grain.Increment().WaitAsync(Timeout));
    }

    [Fact]
    public async Task A_row_changed_behind_the_grain_fails_its_write_and_the_next_call_reloads()
    {
        var grain = Grains.GetGrain<IStorageCounterGrain>("tampered");
        Assert.Equal(1, await grain.Increment().WaitAsync(Timeout));
        var key = await grain.GetStorageKey().WaitAsync(Timeout);

        // Another writer (say, a second node) moves the record on.
        using (var connection = new SqliteConnection($"Data Source={_file.FilePath};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "UPDATE grain_state SET etag = '999', data = '{\"count\":100}' WHERE grain_type = 's' AND grain_id = $id;";
            command.Parameters.AddWithValue("$id", key);
            Assert.Equal(1, command.ExecuteNonQuery());
        }

        await Assert.ThrowsAsync<InconsistentStateException>(() => grain.Increment().WaitAsync(Timeout));

        Assert.Equal(100, await grain.GetCount().WaitAsync(Timeout));
        Assert.Equal(101, await grain.Increment().WaitAsync(Timeout));
    }
}
