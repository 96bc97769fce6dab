namespace Laboratori.Web.Attendance;

/// <summary>One person of a lab for the register: their canonical member id, every member id that is them (merges), and how to name them.</summary>
public sealed record RosterPerson(string MemberId, IReadOnlyList<string> MemberIds, string DisplayName, string Organisation, string Sector, string Kind);
