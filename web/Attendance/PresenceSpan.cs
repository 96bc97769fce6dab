namespace Laboratori.Web.Attendance;

/// <summary>A stretch of time someone was connected to the lab, from a <c>member.join</c> to the matching <c>member.leave</c>.</summary>
public sealed record PresenceSpan(DateTimeOffset In, DateTimeOffset Out);
