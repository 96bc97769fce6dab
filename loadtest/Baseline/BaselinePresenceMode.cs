namespace Laboratori.LoadTest.Baseline;

/// <summary>How the bare hub relays presence: what the run table calls each baseline.</summary>
public enum BaselinePresenceMode
{
    /// <summary>The fair baseline: as the platform does, each member's latest update per lab, one message per lab per interval.</summary>
    Batched,

    /// <summary>Each update at once to the lab's others, one message each: the earlier, unbatched baseline.</summary>
    Relay,
}
