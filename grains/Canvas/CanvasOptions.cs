using System.ComponentModel.DataAnnotations;

namespace Laboratori.Grains.Canvas;

/// <summary>How a canvas keeps its history. Bound from the <c>Canvas</c> configuration section.</summary>
public sealed class CanvasOptions
{
    public const string SectionName = "Canvas";

    /// <summary>A snapshot of the folded state is written every this many events. Default 500.</summary>
    [Range(1, 1000000, ErrorMessage = "Canvas:SnapshotInterval must be between {1} and {2}.")]
    public int SnapshotInterval { get; set; } = 500;

    /// <summary>Recent events an active canvas keeps in memory for catch-up and retries. Default 2,000.</summary>
    [Range(1, 1000000, ErrorMessage = "Canvas:RecentEvents must be between {1} and {2}.")]
    public int RecentEvents { get; set; } = 2_000;
}
