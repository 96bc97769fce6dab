namespace Laboratori.Web.Attendance;

/// <summary>What the caller may do with a lab's register.</summary>
public enum RegisterRight
{
    None,
    Read,
    Mark,
}
