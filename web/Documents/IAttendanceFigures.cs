using Laboratori.Grains.Cohesion;

namespace Laboratori.Web.Documents;

/// <summary>
/// Where documents take attendance figures from. Today: who entered the live room during each incontro, from the
/// lab's log (<see cref="LogAttendanceFigures"/>); the attendance register (roll call, signatures) replaces it by
/// registering another implementation.
/// </summary>
public interface IAttendanceFigures
{
    /// <summary>The lab's incontri in order, with attendance. <paramref name="log"/> is the lab's log as already read.</summary>
    Task<IReadOnlyList<MeetingAttendance>> ForLabAsync(string labId, CohesionInput log);
}
