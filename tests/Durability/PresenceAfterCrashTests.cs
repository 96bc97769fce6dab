namespace Laboratori.Tests.Durability;

/// <summary>Presence closed after a kill -9 and a restart, on the embedded SQLite file (one node).</summary>
public sealed class PresenceAfterCrashTests : IDisposable
{
    private readonly string _data = Directory.CreateTempSubdirectory("laboratori-presence-").FullName;

    [Fact]
    public Task APresenceHeldByAKilledNodeIsClosedWhenTheNodeRunsAgain() => PresenceAfterCrash.RunAsync(_data);

    public void Dispose() => Directory.Delete(_data, recursive: true);
}
