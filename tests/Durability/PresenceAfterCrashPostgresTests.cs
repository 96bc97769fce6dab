using System.Security.Cryptography;
using Laboratori.Silo.Hosting;
using Laboratori.Tests.Storage;

namespace Laboratori.Tests.Durability;

/// <summary>Presence closed after a kill -9 and a restart, on PostgreSQL (the cluster's membership in the same database).</summary>
public sealed class PresenceAfterCrashPostgresTests(PostgresTestDatabase database) : IClassFixture<PostgresTestDatabase>, IDisposable
{
    private readonly string _data = Directory.CreateTempSubdirectory("laboratori-presence-pg-").FullName;

    [Fact]
    public Task APresenceHeldByAKilledNodeIsClosedWhenTheNodeRunsAgain() => PresenceAfterCrash.RunAsync(
        _data,
        $"--Storage:PostgresConnectionString={database.ConnectionString}",
        $"--Auth:SigningKey={Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))}",
        "--Silo:AdvertisedAddress=127.0.0.1",
        // The same silo port on both runs, as a deployment has (docs/operations.md): the restarted silo then declares
        // its dead predecessor at that address dead at once instead of waiting for the probes to give up on it.
        $"--Silo:Port={LocalPorts.Free()}");

    public void Dispose() => Directory.Delete(_data, recursive: true);
}
