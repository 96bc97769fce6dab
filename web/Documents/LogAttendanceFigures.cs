using Laboratori.Grains.Cohesion;

namespace Laboratori.Web.Documents;

/// <summary>Attendance as the log records it: participants who were in the room at some moment of each incontro.</summary>
public sealed class LogAttendanceFigures : IAttendanceFigures
{
    public Task<IReadOnlyList<MeetingAttendance>> ForLabAsync(string labId, CohesionInput log) =>
        Task.FromResult<IReadOnlyList<MeetingAttendance>>(
        [
            .. log.Log.Canvas.Meetings.Select(m => new MeetingAttendance(
                m.Number, m.Title, m.OpenedAt, m.ClosedAt, log.Log.Attendance.TryGetValue(m.Number, out var present) ? present.Count : 0, log.Adherents)),
        ]);
}
