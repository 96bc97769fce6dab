using System.Collections.Immutable;

namespace Laboratori.Contracts.Labs;

/// <summary>The region's list of labs, for staff. One activation, keyed <see cref="LabDirectoryGrain.Key"/>.</summary>
public interface ILabDirectoryGrain : IGrainWithStringKey
{
    Task RegisterAsync(LabInfo lab);

    Task<ImmutableArray<LabInfo>> ListAsync();
}
