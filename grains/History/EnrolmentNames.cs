using Laboratori.Contracts.Labs;

namespace Laboratori.Grains.History;

/// <summary>The names participants enrolled with in the lab grain: what a silo without the web tier's roster knows.</summary>
public sealed class EnrolmentNames(IGrainFactory grains) : IMemberNames
{
    public async Task<IReadOnlyDictionary<string, string>> ForLabAsync(string labId) =>
        (await grains.GetGrain<ILaboratorioGrain>(labId).GetRosterAsync()).ToDictionary(e => e.ParticipantId, e => e.DisplayName, StringComparer.Ordinal);
}
