using System.Collections.Immutable;
using Laboratori.Contracts.Labs;
using Laboratori.Grains.Labs;
using Laboratori.Silo.Hosting;
using Laboratori.Silo.Sqlite;
using Laboratori.Tests.Support;
using Laboratori.Tests.Web;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Storage;

namespace Laboratori.Tests.Domain;

/// <summary>Every enrolment of every lab updates the directory: its writes carry all the changes that arrive meanwhile.</summary>
[Collection(SiloCollection.Name)]
public sealed class LabDirectoryGrainTests(TestSilo silo)
{
    [Fact]
    public async Task ChangesThatArriveDuringAWriteShareTheNextOneAndAreAllStored()
    {
        var directory = silo.Grains.GetGrain<ILabDirectoryGrain>(LabDirectoryGrain.Key);
        var prefix = $"lab-dir-{Guid.NewGuid():N}-";
        await directory.RegisterAsync(Summary(prefix + 0, enrolled: 0));
        var before = await StoredAsync(directory);

        // Hold SQLite's write turn: the first write waits for it while the other 49 changes arrive.
        var writeTurn = silo.Services.GetRequiredService<SqliteWriteLock>();
        await writeTurn.EnterAsync(Waits.Token());
        Task[] registered;
        try
        {
            registered = [.. Enumerable.Range(1, 49).Select(i => directory.RegisterAsync(Summary(prefix + i, enrolled: i)))];
            await Waits.UntilAsync(async () => (await directory.ListAsync()).Count(l => l.Id.StartsWith(prefix, StringComparison.Ordinal)) == 50);
            Assert.All(registered, r => Assert.False(r.IsCompleted));
        }
        finally
        {
            writeTurn.Exit();
        }

        await Task.WhenAll(registered).WaitAsync(Waits.Timeout);
        var after = await StoredAsync(directory);
        Assert.InRange(after.Version - before.Version, 1, 2);
        Assert.Equal(Enumerable.Range(0, 50), after.Labs.Where(l => l.Id.StartsWith(prefix, StringComparison.Ordinal)).Select(l => l.Enrolled).Order());

        // A later change is written too.
        await directory.RegisterAsync(Summary(prefix + 7, enrolled: 70));
        Assert.Equal(70, (await StoredAsync(directory)).Labs.Single(l => l.Id == prefix + 7).Enrolled);
    }

    private static LabInfo Summary(string id, int enrolled) =>
        new(id, new LabDefinition("Lab", "Tema", "", "", "", "Pisa", Templates.Default), "ABCD2345", [], DateTimeOffset.UnixEpoch, Closed: false, enrolled);

    private async Task<(long Version, ImmutableArray<LabInfo> Labs)> StoredAsync(ILabDirectoryGrain directory)
    {
        var storage = silo.Services.GetRequiredKeyedService<IGrainStorage>(StorageNames.Default);
        var state = new GrainState<LabDirectoryState>();
        await storage.ReadStateAsync("directory", directory.GetGrainId(), state);
        return (long.Parse(state.ETag!, System.Globalization.CultureInfo.InvariantCulture), state.State?.Labs ?? []);
    }
}
