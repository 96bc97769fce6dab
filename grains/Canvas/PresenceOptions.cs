using System.ComponentModel.DataAnnotations;

namespace Laboratori.Grains.Canvas;

/// <summary>
/// How long a presence lives without a sign of life from the node holding its connection. Bound from the
/// <c>Presence</c> configuration section (docs/attendance.md, "Presence after a crash").
/// </summary>
public sealed class PresenceOptions
{
    public const string SectionName = "Presence";

    /// <summary>Every node tells each lab which of its members it still holds this often. Default 30 seconds.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "01:00:00", ErrorMessage = "Presence:RenewInterval must be between {1} and {2}.")]
    public TimeSpan RenewInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// A presence no node has renewed for this long is closed with a <c>member.leave</c> (its node died, or the
    /// connection vanished without a leave). Default 2 minutes; must be longer than twice <see cref="RenewInterval"/>.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.300", "1.00:00:00", ErrorMessage = "Presence:Lease must be between {1} and {2}.")]
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(2);
}
