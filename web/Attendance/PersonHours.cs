namespace Laboratori.Web.Attendance;

/// <summary>One person's attendance at each planned incontro (in order), their hours, share of the planned hours (percent) and whether they qualify for a certificate.</summary>
public sealed record PersonHours(RosterPerson Person, IReadOnlyList<IncontroAttendance> Incontri, decimal Hours, decimal Share, bool Idoneo);
