namespace Laboratori.Web.Exports;

/// <summary>Italian local time (Europe/Rome), in which documents and deadlines are read.</summary>
public static class RomeTime
{
    private static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Rome");

    public static DateTimeOffset Of(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone);

    public static DateOnly Today(TimeProvider time) => DateOnly.FromDateTime(Of(time.GetUtcNow()).DateTime);
}
