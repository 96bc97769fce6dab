namespace Laboratori.Grains.Canvas;

/// <summary>What a canvas stores about its presences: when a node last confirmed the ones it holds.</summary>
[GenerateSerializer]
public sealed class PresenceLeaseState
{
    /// <summary>The last renewal stored: after a crash, presences nobody claims again count as ended then.</summary>
    [Id(0)] public DateTimeOffset? LastConfirmed { get; set; }
}
