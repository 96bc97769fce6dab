using Laboratori.Contracts.Labs;
using Laboratori.Silo.Hosting;

namespace Laboratori.Grains.Labs;

public sealed class JoinCodeGrain([PersistentState("joincode", StorageNames.Default)] IPersistentState<JoinCodeState> code) : Grain, IJoinCodeGrain
{
    public async Task<bool> ClaimAsync(string labId)
    {
        if (code.State.LabId is not null)
        {
            return code.State.LabId == labId;
        }

        code.State.LabId = labId;
        await code.WriteStateAsync();
        return true;
    }

    public Task<string?> ResolveAsync() => Task.FromResult(code.State.LabId);
}
