namespace Laboratori.Web.Auth;

/// <summary>What a lab endpoint asks of its caller's role in the lab (decided by <see cref="LabAccess"/>).</summary>
public enum LabRequirement
{
    /// <summary>Anyone the lab admits: its participants and the staff who may open it.</summary>
    Member,

    /// <summary>Staff who may open the lab (they run or watch it); participants are refused.</summary>
    Staff,

    /// <summary>Staff who run the lab: its facilitators, coordinators, admins.</summary>
    Runner,
}
