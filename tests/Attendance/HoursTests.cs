using Laboratori.Web.Attendance;

namespace Laboratori.Tests.Attendance;

/// <summary>How one incontro is counted for one person (pure rules), and Rome time read from UTC instants.</summary>
public sealed class HoursTests
{
    private static readonly DateOnly Winter = new(2026, 2, 10);
    private static readonly DateTimeOffset Start = AttendanceClock.Instant(Winter, new TimeOnly(14, 0));
    private static readonly DateTimeOffset End = AttendanceClock.Instant(Winter, new TimeOnly(17, 0));

    [Fact]
    public void AWinterEventAt1330ZReads1430AndASummerOne1530()
    {
        Assert.Equal("14:30", AttendanceClock.Clock(new DateTimeOffset(2026, 1, 20, 13, 30, 0, TimeSpan.Zero)));
        Assert.Equal("15:30", AttendanceClock.Clock(new DateTimeOffset(2026, 7, 20, 13, 30, 0, TimeSpan.Zero)));
        Assert.Equal(new DateTimeOffset(2026, 2, 10, 13, 0, 0, TimeSpan.Zero), Start);
    }

    [Fact]
    public void ConnectionsCountTheTimeOnlineWithinThePlannedWindow()
    {
        var joinedLate = new PresenceSpan(new DateTimeOffset(2026, 2, 10, 13, 30, 0, TimeSpan.Zero), new DateTimeOffset(2026, 2, 10, 18, 0, 0, TimeSpan.Zero));
        var counted = AttendanceRules.Default.Count(Start, End, 3, null, [joinedLate]);
        Assert.Equal(("presente", "14:30", "17:00", 2.5m, false), (counted.Status, AttendanceClock.Clock(counted.Entry!.Value), AttendanceClock.Clock(counted.Exit!.Value), counted.Hours, counted.FromRollCall));
    }

    [Fact]
    public void OneSecondOnlineIsNotAttendance()
    {
        var blip = new PresenceSpan(Start.AddMinutes(10), Start.AddMinutes(10).AddSeconds(1));
        Assert.Equal((null, 0m), (AttendanceRules.Default.Count(Start, End, 3, null, [blip]) is var c ? (c.Status, c.Hours) : default));
    }

    [Fact]
    public void TwoDevicesAtOnceCountOnceAndHoursAreCappedByThePlan()
    {
        var phone = new PresenceSpan(Start.AddHours(-1), End.AddHours(1));
        var laptop = new PresenceSpan(Start, End);
        Assert.Equal(2m, AttendanceRules.Default.Count(Start, End, 2, null, [phone, laptop]).Hours);
        Assert.Equal(3m, AttendanceRules.Default.Count(Start, End, 3, null, [phone, laptop]).Hours);
    }

    [Theory]
    [InlineData("presente", null, null, "14:00", "17:00", 3)]
    [InlineData("ritardo", "15:15", null, "15:15", "17:00", 1.75)]
    [InlineData("uscita_anticipata", null, "16:00", "14:00", "16:00", 2)]
    [InlineData("assente", null, null, null, null, 0)]
    public void TheRollCallWinsOverConnections(string status, string? entry, string? exit, string? countedEntry, string? countedExit, double hours)
    {
        var mark = new RegisterMark { Status = status, Entry = entry is null ? null : TimeOnly.Parse(entry, System.Globalization.CultureInfo.InvariantCulture), Exit = exit is null ? null : TimeOnly.Parse(exit, System.Globalization.CultureInfo.InvariantCulture) };
        var online = new PresenceSpan(Start, End);
        var counted = AttendanceRules.Default.Count(Start, End, 3, mark, [online]);
        Assert.Equal((countedEntry, countedExit, (decimal)hours, true),
            (counted.Entry is { } e ? AttendanceClock.Clock(e) : null, counted.Exit is { } x ? AttendanceClock.Clock(x) : null, counted.Hours, counted.FromRollCall));
    }

    [Fact]
    public void LateWithoutATimeTakesTheFirstConnection()
    {
        var counted = AttendanceRules.Default.Count(Start, End, 3, new RegisterMark { Status = RegisterStatuses.Ritardo }, [new PresenceSpan(Start.AddMinutes(45), End)]);
        Assert.Equal(("14:45", 2.25m), (AttendanceClock.Clock(counted.Entry!.Value), counted.Hours));
    }
}
