namespace Laboratori.Web.Attendance;

/// <summary>One person at one incontro: the roll call's word (or what connections say), entry, exit and hours counted.</summary>
public sealed record IncontroAttendance(string? Status, DateTimeOffset? Entry, DateTimeOffset? Exit, decimal Hours, bool FromRollCall)
{
    public bool Present => Hours > 0;
}
