using Laboratori.Contracts;
using Laboratori.Web.Attendance;
using Laboratori.Silo.Sqlite;
using Laboratori.Tests.Accounts;
using Laboratori.Tests.Support;
using Laboratori.Tests.Web;
using Microsoft.Extensions.DependencyInjection;

namespace Laboratori.Tests.Storage;

/// <summary>
/// The web tier's writes to the SQLite file (a join's adesione, through Entity Framework) and the grains' writer take
/// turns (<see cref="SqliteWriteLock"/>), each waiting while the other writes: under load, a join's write used to find the file locked by batch after batch at
/// every retry until its 30-s timeout (joins failed so in the 3,000- and 6,000-connection load runs).
/// </summary>
public sealed class SqliteWriteTurnsTests
{
    [Fact]
    public async Task AJoinWaitsForItsTurnToWriteAndTheGrainsWriterWaitsForIt()
    {
        await using var server = new LabServer();
        var staff = await server.StaffTokenAsync(LabServer.Facilitator);
        var lab = await server.Api.CreateLabAsync(staff, "Turni di scrittura");
        var turns = server.Services.GetRequiredService<SqliteWriteLock>();
        var database = server.Services.GetRequiredService<SqliteDatabase>();

        await using var scope = server.Services.CreateAsyncScope();
        var adherents = scope.ServiceProvider.GetRequiredService<AdherentStore>();

        await turns.EnterAsync(Waits.Token());
        Task<(Adherent? Added, CanvasError? Error)> webWrite;
        Task<int> grainsWrite;
        try
        {
            // The adesione that a join writes, through Entity Framework; then a write of the grains'.
            webWrite = adherents.AddAsync(lab.Id, new ImportedAdherent(0, "Persona in attesa", "", AdherentSectors.Altro, null), AdherentKinds.Aderente);
            await Waits.UntilAsync(() => turns.Waiting == 1);
            grainsWrite = database.WriteAsync(_ => 1);
            await Waits.UntilAsync(() => turns.Waiting == 2);
            Assert.False(webWrite.IsCompleted);
            Assert.False(grainsWrite.IsCompleted);
        }
        finally
        {
            turns.Exit();
        }

        Assert.Null((await webWrite.WaitAsync(Waits.Timeout)).Error);
        Assert.Equal(1, await grainsWrite.WaitAsync(Waits.Timeout));
        var list = await ApiCall.SendAsync(server.Http, HttpMethod.Get, $"/api/labs/{lab.Id}/adesioni", staff);
        Assert.Equal("Persona in attesa", Assert.Single(list.Body.EnumerateArray()).GetProperty("displayName").GetString());
    }
}
