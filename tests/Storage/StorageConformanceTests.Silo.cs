using System.Text.Json;
using Laboratori.Contracts;
using Laboratori.Contracts.Labs;
using Laboratori.Grains.Canvas;
using Laboratori.Grains.Labs;
using Laboratori.Silo.Storage;
using Laboratori.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Core.Internal;
using Orleans.Storage;

namespace Laboratori.Tests.Storage;

/// <summary>The store under a real silo with the project's grains: what a second writer or a reactivation does.</summary>
public abstract partial class StorageConformanceTests
{
    private static readonly Actor Runner = new("staff-f", Role.Facilitator, "Giulia");

    [Fact]
    public async Task Grain_state_survives_deactivation_and_reactivation()
    {
        await using var silo = await ConformanceSilo.StartAsync(StoreConfiguration);
        var grain = silo.Grains.GetGrain<IStorageCounterGrain>(NewStream());
        await grain.Increment();
        await grain.Increment();
        var firstActivation = await grain.GetActivationId();

        await grain.Deactivate();

        // Calls to a deactivating activation are forwarded to a new one, which loads its state from storage.
        Assert.NotEqual(firstActivation, await grain.GetActivationId());
        Assert.Equal(2, await grain.GetCount());
        Assert.Equal(3, await grain.Increment());
    }

    [Fact]
    public async Task A_row_changed_behind_the_grain_fails_its_write_and_the_next_call_reloads()
    {
        await using var silo = await ConformanceSilo.StartAsync(StoreConfiguration);
        var grain = silo.Grains.GetGrain<IStorageCounterGrain>(NewStream());
        Assert.Equal(1, await grain.Increment());

        await ChangeRowBehindAsync("s", await grain.GetStorageKey(), "999", "{\"count\":100}");

        await Assert.ThrowsAsync<InconsistentStateException>(() => grain.Increment());
        Assert.Equal(100, await grain.GetCount());
        Assert.Equal(101, await grain.Increment());
    }

    [Fact]
    public async Task A_stale_canvas_writer_is_fenced_by_the_expected_seq_and_reloads_after_the_other_writers_event()
    {
        await using var silo = await ConformanceSilo.StartAsync(StoreConfiguration);
        var (labId, canvas) = await NewLabAsync(silo);
        var local = (await canvas.ApplyAsync(Runner, AddCard("localcard"))).Seq;

        // A second writer of the lab (what a split brain would make) appends behind this activation's back.
        var log = silo.Services.GetRequiredService<IEventLog>();
        var mine = (await log.ReadAsync(labId, local - 1, 1))[0];
        await log.AppendAsync(labId, [mine with { Seq = local + 1, Data = mine.Data.Replace("localcard", "remotecard", StringComparison.Ordinal), Key = "other remote" }]);

        var fenced = await canvas.ApplyAsync(Runner, AddCard("stale"));

        Assert.Equal("unavailable", fenced.Error?.Code);
        Assert.Equal(local + 1, await log.GetLastSeqAsync(labId));
        var retried = await ApplyUntilAvailableAsync(canvas, AddCard("stale"));
        Assert.Equal(OperationResult.Accepted("add-stale", local + 2), retried);
        Assert.Contains("\"remotecard\"", (await canvas.GetStateAsync(CanvasCalls.Staff)).State, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_resend_after_the_canvas_forgot_it_and_reactivated_is_answered_from_the_index()
    {
        await using var silo = await ConformanceSilo.StartAsync(StoreConfiguration);
        var (labId, canvas) = await NewLabAsync(silo);
        var first = await canvas.ApplyAsync(Runner, AddCard("once"));
        for (var i = 0; i < 3 * ConformanceSilo.RecentEvents; i++)
        {
            Assert.Null((await canvas.ApplyAsync(Runner, new OperationRequest($"m{i}", "card.move", Json(new { cardId = "once", lane = (string?)null, x = (double)i, y = 0.0 })))).Error);
        }

        await canvas.Cast<IGrainManagementExtension>().DeactivateOnIdle();
        var resent = await canvas.ApplyAsync(Runner, AddCard("once"));

        Assert.Equal(first, resent);
        var log = silo.Services.GetRequiredService<IEventLog>();
        Assert.Equal(first.Seq + (3 * ConformanceSilo.RecentEvents), await log.GetLastSeqAsync(labId));
    }

    private static async Task<(string LabId, ICanvasGrain Canvas)> NewLabAsync(ConformanceSilo silo)
    {
        var labId = Ids.New("lab-");
        var created = await silo.Grains.GetGrain<ILaboratorioGrain>(labId).CreateAsync(Runner, new LabDefinition("Lab", "", "", "", "", "", Templates.Default));
        Assert.Null(created.Error);
        return (labId, silo.Grains.GetGrain<ICanvasGrain>(labId));
    }

    /// <summary>Resends as a client does while the canvas answers <c>unavailable</c> (it is reloading).</summary>
    private static async Task<OperationResult> ApplyUntilAvailableAsync(ICanvasGrain canvas, OperationRequest operation)
    {
        for (var attempt = 0; attempt < 200; attempt++)
        {
            var result = await canvas.ApplyAsync(Runner, operation);
            if (result.Error?.Code != "unavailable")
            {
                return result;
            }
        }

        throw new TimeoutException("The canvas stayed unavailable through 200 resends.");
    }

    private static OperationRequest AddCard(string id) =>
        new("add-" + id, "card.add", Json(new { cardId = id, lane = "bisogni", text = "Bisogno " + id, colour = (string?)null, x = 0.0, y = 0.0 }));

    private static string Json(object payload) => JsonSerializer.Serialize(payload, CanvasJson.Options);
}
