using Laboratori.Silo.Hosting;

namespace Laboratori.Tests.Storage;

/// <summary>Persists a counter under <see cref="StorageNames.Default"/>.</summary>
public sealed class StorageCounterGrain(
    [PersistentState("s", StorageNames.Default)] IPersistentState<CounterState> state) : Grain, IStorageCounterGrain
{
    private readonly Guid _activationId = Guid.NewGuid();

    public async Task<int> Increment()
    {
        state.State = state.State with { Count = state.State.Count + 1 };
        await state.WriteStateAsync();
        return state.State.Count;
    }

    public Task<int> GetCount() => Task.FromResult(state.State.Count);

    public Task<Guid> GetActivationId() => Task.FromResult(_activationId);

    public Task<string> GetStorageKey() => Task.FromResult(this.GetGrainId().ToString());

    public Task Deactivate()
    {
        DeactivateOnIdle();
        return Task.CompletedTask;
    }
}
