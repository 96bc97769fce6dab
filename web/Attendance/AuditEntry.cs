namespace Laboratori.Web.Attendance;

/// <summary>
/// One access by staff to participants' personal data (a list viewed, a file exported, identities merged): who, what,
/// when. Append-only; admins read it (<c>GET /api/audit</c>).
/// </summary>
public sealed class AuditEntry
{
    public long Id { get; set; }

    public DateTimeOffset At { get; set; }

    /// <summary>The staff account (its id, as tokens carry it).</summary>
    public string ActorId { get; set; } = string.Empty;

    public string ActorRole { get; set; } = string.Empty;

    /// <summary>One of <see cref="AuditActions"/>.</summary>
    public string Action { get; set; } = string.Empty;

    /// <summary>What was reached: the request's path and query (lab, incontro or edizione ids, format).</summary>
    public string Target { get; set; } = string.Empty;
}
