using Laboratori.Grains.Canvas;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Laboratori.Grains.Hosting;

/// <summary>What the project's grains need from the silo they run in: one set-up for the host, the tests and the benchmarks.</summary>
public static class GrainsSiloExtensions
{
    /// <summary>
    /// Binds <see cref="LabLimits"/> (<c>Limits</c>) and <see cref="CanvasOptions"/> (<c>Canvas</c>), <see cref="PresenceOptions"/> (<c>Presence</c>) from configuration and
    /// registers <see cref="TimeProvider.System"/> unless a clock is registered already (tests register a fake one first).
    /// The grain classes themselves are found by Orleans in this assembly.
    /// </summary>
    public static ISiloBuilder AddLaboratoriGrains(this ISiloBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<LabLimits>().BindConfiguration(LabLimits.SectionName);
        builder.Services.AddOptions<CanvasOptions>().BindConfiguration(CanvasOptions.SectionName);
        builder.Services.AddOptions<PresenceOptions>().BindConfiguration(PresenceOptions.SectionName);
        builder.Services.TryAddSingleton(TimeProvider.System);
        // The web host registers its roster (adesioni) instead; a silo on its own names people as they enrolled.
        builder.Services.TryAddSingleton<History.IMemberNames, History.EnrolmentNames>();
        return builder;
    }
}
