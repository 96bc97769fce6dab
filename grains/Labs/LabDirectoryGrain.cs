using System.Collections.Immutable;
using Laboratori.Contracts.Labs;
using Laboratori.Silo.Hosting;

namespace Laboratori.Grains.Labs;

public sealed class LabDirectoryGrain([PersistentState("directory", StorageNames.Default)] IPersistentState<LabDirectoryState> directory) : Grain, ILabDirectoryGrain
{
    public const string Key = "regione";

    public async Task RegisterAsync(LabInfo lab)
    {
        directory.State.Labs = directory.State.Labs.RemoveAll(l => l.Id == lab.Id).Add(lab);
        await directory.WriteStateAsync();
    }

    public Task<ImmutableArray<LabInfo>> ListAsync() => Task.FromResult(directory.State.Labs);
}
