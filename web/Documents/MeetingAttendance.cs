namespace Laboratori.Web.Documents;

/// <summary>Attendance at one incontro: how many of the lab's participants were present, against its enrolments.</summary>
public sealed record MeetingAttendance(int Number, string Title, DateTimeOffset OpenedAt, DateTimeOffset? ClosedAt, int Present, int Enrolled);
