namespace Laboratori.Web.Programmes;

/// <summary>What one staff account is assigned to: programmes it coordinates or observes, edizioni it works in.</summary>
public sealed record StaffScope(IReadOnlyList<Assignment> Assignments)
{
    public bool Coordinates(string programmeId) => Assignments.Any(a => a.Role == Auth.StaffRoles.Coordinator && a.ProgrammeId == programmeId);

    /// <summary>The role held for an edizione: its own assignment, else one over its whole programme.</summary>
    public string? RoleIn(string programmeId, string edizioneId) =>
        Assignments.FirstOrDefault(a => a.ProgrammeId == programmeId && a.EdizioneId == edizioneId && edizioneId.Length > 0)?.Role
        ?? Assignments.FirstOrDefault(a => a.ProgrammeId == programmeId && a.EdizioneId.Length == 0)?.Role;

    public bool Sees(string programmeId) => Assignments.Any(a => a.ProgrammeId == programmeId);
}
