using Laboratori.Silo.Sqlite;
using Laboratori.Tests.Accounts;
using Laboratori.Tests.Support;
using Laboratori.Tests.Web;
using Laboratori.Web.Attendance;
using Laboratori.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Laboratori.Tests.Storage;

/// <summary>
/// Joins' new rows (adesione, privacy acknowledgement) are saved in batches: the requests that arrive while one batch
/// waits for SQLite's write turn are saved together in the next, and one request's bad row fails only that request.
/// </summary>
public sealed class InsertBatchesTests
{
    [Fact]
    public async Task RequestsArrivingDuringAWriteShareOneTransactionAndABadRowFailsOnlyItsOwn()
    {
        await using var server = new LabServer();
        var staff = await server.StaffTokenAsync(LabServer.Facilitator);
        var lab = await server.Api.CreateLabAsync(staff, "Scritture insieme");
        var inserts = server.Services.GetRequiredService<InsertBatches>();
        var turns = server.Services.GetRequiredService<SqliteWriteLock>();
        var batchesBefore = inserts.Batches;

        await turns.EnterAsync(Waits.Token());
        Task first;
        Task[] others;
        Task duplicate;
        try
        {
            first = inserts.InsertAsync(Person(lab.Id, 0));
            await Waits.UntilAsync(() => turns.Waiting == 1);
            others = [.. Enumerable.Range(1, 40).Select(i => inserts.InsertAsync(Person(lab.Id, i)))];
            duplicate = inserts.InsertAsync(Person(lab.Id, 7)); // the same member id as request 7: refused by the unique index
            Assert.False(first.IsCompleted);
        }
        finally
        {
            turns.Exit();
        }

        await first.WaitAsync(Waits.Timeout);
        await Task.WhenAll(others).WaitAsync(Waits.Timeout);
        await Assert.ThrowsAsync<DbUpdateException>(() => duplicate.WaitAsync(Waits.Timeout));
        Assert.Equal(2, inserts.Batches - batchesBefore);

        var list = await ApiCall.SendAsync(server.Http, HttpMethod.Get, $"/api/labs/{lab.Id}/adesioni", staff);
        Assert.Equal(Enumerable.Range(0, 41).Select(Name).Order(StringComparer.Ordinal),
            list.Body.EnumerateArray().Select(a => a.GetProperty("displayName").GetString()!).Order(StringComparer.Ordinal));
    }

    private static string Name(int i) => $"Persona {i:D2}";

    private static Adherent Person(string labId, int i) => new()
    {
        Id = $"a-batch-{Guid.NewGuid():N}",
        LabId = labId,
        MemberId = $"p-batch-{labId}-{i}",
        DisplayName = Name(i),
        Kind = AdherentKinds.NonAderente,
        CreatedAt = DateTimeOffset.UnixEpoch,
    };
}
