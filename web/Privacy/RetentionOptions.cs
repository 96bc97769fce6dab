using System.ComponentModel.DataAnnotations;

namespace Laboratori.Web.Privacy;

/// <summary>
/// How long participants' personal data are kept after their lab closes (<c>Retention</c>), after which they are
/// pseudonymised as an erasure does (docs/attendance.md, "Retention"). Validated on start.
/// </summary>
public sealed class RetentionOptions
{
    public const string SectionName = "Retention";

    /// <summary>Kept this long after the lab is closed. Default 365 days; at least one day.</summary>
    [Range(typeof(TimeSpan), "1.00:00:00", "3650.00:00:00", ErrorMessage = "Retention:Period must be between 1 and 3650 days.")]
    public TimeSpan Period { get; set; } = TimeSpan.FromDays(365);

    /// <summary>How often each node looks for labs whose period ran out. Default 1 hour.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00", ErrorMessage = "Retention:CheckInterval must be between 1 second and 1 day.")]
    public TimeSpan CheckInterval { get; set; } = TimeSpan.FromHours(1);
}
