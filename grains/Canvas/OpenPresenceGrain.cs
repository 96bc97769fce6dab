using System.Collections.Immutable;
using Laboratori.Contracts;
using Laboratori.Silo.Hosting;

namespace Laboratori.Grains.Canvas;

public sealed class OpenPresenceGrain([PersistentState("open-presence", StorageNames.Default)] IPersistentState<OpenPresenceState> open)
    : Grain, IOpenPresenceGrain
{
    public const string Key = "regione";

    public async Task OpenAsync(string labId)
    {
        if (!open.State.Labs.Contains(labId))
        {
            open.State.Labs = open.State.Labs.Add(labId);
            await open.WriteStateAsync();
        }
    }

    public async Task ClosedAsync(string labId)
    {
        if (open.State.Labs.Contains(labId))
        {
            open.State.Labs = open.State.Labs.Remove(labId);
            await open.WriteStateAsync();
        }
    }

    public Task<ImmutableArray<string>> ListAsync() => Task.FromResult(open.State.Labs.ToImmutableArray());
}
