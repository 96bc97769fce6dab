using System.Collections.Immutable;

namespace Laboratori.Contracts;

/// <summary>
/// The labs that may hold an open presence (someone's <c>member.join</c> without its <c>member.leave</c>), so that a
/// node started after a crash can wake their canvases and let them close what nobody holds any more. One activation,
/// keyed <c>regione</c>; its list is stored, so it survives the crash it is there for.
/// </summary>
public interface IOpenPresenceGrain : IGrainWithStringKey
{
    /// <summary>A lab's canvas has someone present (idempotent).</summary>
    Task OpenAsync(string labId);

    /// <summary>A lab's canvas has nobody present any more (idempotent).</summary>
    Task ClosedAsync(string labId);

    /// <summary>The labs listed now: the caller sweeps each (<see cref="ICanvasGrain.SweepPresenceAsync"/>), which may call back here.</summary>
    Task<ImmutableArray<string>> ListAsync();
}
