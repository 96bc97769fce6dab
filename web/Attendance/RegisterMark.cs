namespace Laboratori.Web.Attendance;

/// <summary>
/// One change to an incontro's register by a facilitator or tutor: append-only, so the table is the register's
/// event history with its authors; the latest mark per person is the register. Names are not copied here.
/// </summary>
public sealed class RegisterMark
{
    public long Id { get; set; }

    public string LabId { get; set; } = string.Empty;

    public string IncontroId { get; set; } = string.Empty;

    public string MemberId { get; set; } = string.Empty;

    /// <summary>One of <see cref="RegisterStatuses"/>.</summary>
    public string Status { get; set; } = RegisterStatuses.Presente;

    /// <summary>Entry time (Europe/Rome wall clock on the incontro's day), when late or otherwise noted.</summary>
    public TimeOnly? Entry { get; set; }

    /// <summary>Exit time (Europe/Rome wall clock), when they left early or otherwise noted.</summary>
    public TimeOnly? Exit { get; set; }

    /// <summary>The staff account that made the change.</summary>
    public string AuthorId { get; set; } = string.Empty;

    public DateTimeOffset At { get; set; }
}
