using Orleans.Runtime;
using Orleans.Storage;

namespace Laboratori.Tests.Storage;

/// <summary>The Orleans <see cref="IGrainStorage"/> contract as our grains rely on it, run against every implementation.</summary>
public abstract partial class StorageConformanceTests
{
    private const string StateName = "s";

    [Fact]
    public async Task Reading_missing_state_reports_no_record()
    {
        var storage = await CreateStorageAsync();
        var state = new TestGrainState(new TestState());

        await storage.ReadStateAsync(StateName, NewGrain(), state);

        Assert.False(state.RecordExists);
        Assert.Null(state.ETag);
        Assert.Equal(0, state.State.Count);
    }

    [Fact]
    public async Task Written_state_reads_back()
    {
        var storage = await CreateStorageAsync();
        var grain = NewGrain();
        var written = new TestGrainState(new TestState { Name = "Rete territoriale", Count = 3 });

        await storage.WriteStateAsync(StateName, grain, written);
        var read = await Read(storage, grain);

        Assert.True(written.RecordExists);
        Assert.NotNull(written.ETag);
        Assert.True(read.RecordExists);
        Assert.Equal(written.ETag, read.ETag);
        Assert.Equal("Rete territoriale", read.State.Name);
        Assert.Equal(3, read.State.Count);

        read.State.Count = 4;
        await storage.WriteStateAsync(StateName, grain, read);
        Assert.NotEqual(written.ETag, read.ETag);
        Assert.Equal(4, (await Read(storage, grain)).State.Count);
    }

    [Fact]
    public async Task States_are_keyed_by_state_name_and_grain()
    {
        var storage = await CreateStorageAsync();
        var grain = NewGrain();

        await storage.WriteStateAsync(StateName, grain, new TestGrainState(new TestState { Count = 1 }));

        Assert.False((await Read(storage, NewGrain())).RecordExists);
        var other = new TestGrainState(new TestState());
        await storage.ReadStateAsync("other", grain, other);
        Assert.False(other.RecordExists);
    }

    [Fact]
    public async Task Write_with_a_stale_etag_throws_and_changes_nothing()
    {
        var storage = await CreateStorageAsync();
        var grain = NewGrain();
        await storage.WriteStateAsync(StateName, grain, new TestGrainState(new TestState { Count = 1 }));
        var first = await Read(storage, grain);
        var second = await Read(storage, grain);

        first.State.Count = 2;
        await storage.WriteStateAsync(StateName, grain, first);
        second.State.Count = 99;
        var staleETag = second.ETag;
        await Assert.ThrowsAsync<InconsistentStateException>(() => storage.WriteStateAsync(StateName, grain, second));

        Assert.Equal(staleETag, second.ETag);
        var stored = await Read(storage, grain);
        Assert.Equal(2, stored.State.Count);
        Assert.Equal(first.ETag, stored.ETag);
    }

    [Fact]
    public async Task Writing_a_new_record_when_one_exists_throws()
    {
        var storage = await CreateStorageAsync();
        var grain = NewGrain();
        await storage.WriteStateAsync(StateName, grain, new TestGrainState(new TestState { Count = 1 }));

        await Assert.ThrowsAsync<InconsistentStateException>(
            () => storage.WriteStateAsync(StateName, grain, new TestGrainState(new TestState { Count = 7 })));

        Assert.Equal(1, (await Read(storage, grain)).State.Count);
    }

    [Fact]
    public async Task Clear_removes_the_state_and_a_later_write_starts_again()
    {
        var storage = await CreateStorageAsync();
        var grain = NewGrain();
        var state = new TestGrainState(new TestState { Count = 5 });
        await storage.WriteStateAsync(StateName, grain, state);
        var beforeClear = await Read(storage, grain);

        await storage.ClearStateAsync(StateName, grain, state);

        Assert.False(state.RecordExists);
        var read = await Read(storage, grain);
        Assert.False(read.RecordExists);
        Assert.Equal(0, read.State.Count);

        // An ETag from before the clear is stale; the one the clear returned is current.
        beforeClear.State.Count = 50;
        await Assert.ThrowsAsync<InconsistentStateException>(() => storage.WriteStateAsync(StateName, grain, beforeClear));
        state.State.Count = 6;
        await storage.WriteStateAsync(StateName, grain, state);
        Assert.Equal(6, (await Read(storage, grain)).State.Count);
    }

    [Fact]
    public async Task Clear_with_a_stale_etag_throws_and_changes_nothing()
    {
        var storage = await CreateStorageAsync();
        var grain = NewGrain();
        await storage.WriteStateAsync(StateName, grain, new TestGrainState(new TestState { Count = 1 }));
        var stale = await Read(storage, grain);
        var current = await Read(storage, grain);
        current.State.Count = 2;
        await storage.WriteStateAsync(StateName, grain, current);

        await Assert.ThrowsAsync<InconsistentStateException>(() => storage.ClearStateAsync(StateName, grain, stale));

        Assert.Equal(2, (await Read(storage, grain)).State.Count);
    }

    private static GrainId NewGrain() => GrainId.Create("testgrain", Guid.NewGuid().ToString("N"));

    private static async Task<TestGrainState> Read(IGrainStorage storage, GrainId grain)
    {
        var state = new TestGrainState(new TestState());
        await storage.ReadStateAsync(StateName, grain, state);
        return state;
    }
}
