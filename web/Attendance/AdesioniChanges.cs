using Laboratori.Contracts.Labs;

namespace Laboratori.Web.Attendance;

/// <summary>
/// Tells each lab whose list of people a save changed (a row added, renamed, merged, erased), so that every node reads
/// its names again (<see cref="RosterNames"/>). <see cref="Data.LaboratoriDb"/> calls it after every save that touched
/// an adesione, whoever made it.
/// </summary>
public sealed class AdesioniChanges(IGrainFactory grains)
{
    public Task NotifyAsync(IReadOnlyCollection<string> labIds) =>
        Task.WhenAll(labIds.Select(id => grains.GetGrain<ILaboratorioGrain>(id).AdesioniChangedAsync()));
}
