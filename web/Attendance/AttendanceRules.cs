namespace Laboratori.Web.Attendance;

/// <summary>
/// How an incontro's attendance is counted for one person. The roll call wins: absent counts nothing; present,
/// late or left early count from the entry to the exit noted (else the connections' first entry / last exit, else the
/// planned start / end). Without a roll call mark, the time connected within the planned window counts, if it reaches
/// <see cref="MinimumOnline"/> (one second online is not attendance). Hours are capped by the incontro's planned hours.
/// </summary>
public sealed record AttendanceRules(TimeSpan MinimumOnline)
{
    public static AttendanceRules Default { get; } = new(TimeSpan.FromMinutes(15));

    public IncontroAttendance Count(DateTimeOffset start, DateTimeOffset end, decimal plannedHours, RegisterMark? mark, IReadOnlyList<PresenceSpan> spans)
    {
        var clipped = spans.Select(s => (In: Max(s.In, start), Out: Min(s.Out, end))).Where(s => s.Out > s.In).OrderBy(s => s.In).ToList();
        if (mark is not null)
        {
            if (mark.Status == RegisterStatuses.Assente)
            {
                return new IncontroAttendance(mark.Status, null, null, 0, FromRollCall: true);
            }

            var date = DateOnly.FromDateTime(AttendanceClock.Local(start).DateTime);
            var entry = mark.Entry is { } e ? AttendanceClock.Instant(date, e) : mark.Status == RegisterStatuses.Ritardo && clipped.Count > 0 ? clipped[0].In : start;
            var exit = mark.Exit is { } x ? AttendanceClock.Instant(date, x) : mark.Status == RegisterStatuses.UscitaAnticipata && clipped.Count > 0 ? clipped.Max(s => s.Out) : end;
            entry = Max(entry, start);
            exit = Min(exit, end);
            return new IncontroAttendance(mark.Status, entry, exit, Hours(exit > entry ? exit - entry : TimeSpan.Zero, plannedHours), FromRollCall: true);
        }

        var online = Union(clipped);
        if (online < MinimumOnline || clipped.Count == 0)
        {
            return new IncontroAttendance(null, null, null, 0, FromRollCall: false);
        }

        return new IncontroAttendance(RegisterStatuses.Presente, clipped[0].In, clipped.Max(s => s.Out), Hours(online, plannedHours), FromRollCall: false);
    }

    private static decimal Hours(TimeSpan attended, decimal planned) => Math.Min(planned, Math.Round((decimal)attended.TotalHours, 2));

    /// <summary>The time covered by sorted spans, overlaps (two devices at once) counted once.</summary>
    private static TimeSpan Union(List<(DateTimeOffset In, DateTimeOffset Out)> sorted)
    {
        var total = TimeSpan.Zero;
        DateTimeOffset? reach = null;
        foreach (var (from, to) in sorted)
        {
            var begin = reach is { } r && r > from ? r : from;
            if (to > begin)
            {
                total += to - begin;
            }

            reach = reach is { } q && q > to ? q : to;
        }

        return total;
    }

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;
}
