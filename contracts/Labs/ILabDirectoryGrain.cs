using System.Collections.Immutable;

namespace Laboratori.Contracts.Labs;

/// <summary>The region's list of labs, for staff. One activation, keyed <see cref="LabDirectoryGrain.Key"/>.</summary>
public interface ILabDirectoryGrain : IGrainWithStringKey
{
    /// <summary>Adds or replaces the summary of a lab: each lab calls it when created, when someone enrols and when closed or reopened.</summary>
    Task RegisterAsync(LabInfo lab);

    /// <summary>The current summary of every lab, without activating any of them.</summary>
    Task<ImmutableArray<LabInfo>> ListAsync();
}
