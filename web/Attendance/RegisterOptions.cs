namespace Laboratori.Web.Attendance;

/// <summary>When an incontro's roll call may be taken, and what counts as attending without one. Section <c>Register</c>.</summary>
public sealed class RegisterOptions
{
    public const string SectionName = "Register";

    /// <summary>The roll call opens this long before the planned start. Default 1 hour.</summary>
    public TimeSpan OpensBefore { get; set; } = TimeSpan.FromHours(1);

    /// <summary>It stays open this long after the planned end, for corrections. Default 24 hours.</summary>
    public TimeSpan ClosesAfter { get; set; } = TimeSpan.FromHours(24);

    /// <summary>Time connected within the planned window that counts as present when nobody took the roll call. Default 15 minutes.</summary>
    public TimeSpan MinimumOnline { get; set; } = TimeSpan.FromMinutes(15);
}
