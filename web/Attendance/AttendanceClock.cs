namespace Laboratori.Web.Attendance;

/// <summary>Europe/Rome wall-clock times of an incontro as instants, and instants as Rome wall-clock times.</summary>
public static class AttendanceClock
{
    private static readonly TimeZoneInfo Rome = TimeZoneInfo.FindSystemTimeZoneById("Europe/Rome");

    public static DateTimeOffset Instant(DateOnly date, TimeOnly time)
    {
        var local = date.ToDateTime(time, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, Rome.GetUtcOffset(local));
    }

    public static DateTimeOffset Local(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Rome);

    /// <summary><c>14:30</c>: the zone is stated once, in the column header or the page.</summary>
    public static string Clock(DateTimeOffset instant) => Local(instant).ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture);
}
