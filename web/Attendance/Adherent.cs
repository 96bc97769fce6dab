namespace Laboratori.Web.Attendance;

/// <summary>
/// A person in a lab's list of adesioni (or a walk-in, "non aderente"): the one place their name, organisation and
/// e-mail are kept. Events name them only by <see cref="MemberId"/>, so erasure rewrites this row and not the log.
/// </summary>
public sealed class Adherent
{
    public string Id { get; set; } = string.Empty;

    public string LabId { get; set; } = string.Empty;

    /// <summary>The participant id their tokens carry and the lab's events name.</summary>
    public string MemberId { get; set; } = string.Empty;

    public string DisplayName { get; set; } = string.Empty;

    public string Organisation { get; set; } = string.Empty;

    /// <summary><c>ente_pubblico</c>, <c>terzo_settore</c>, <c>cittadino</c> or <c>altro</c>.</summary>
    public string Sector { get; set; } = AdherentSectors.Altro;

    public string? Email { get; set; }

    /// <summary><see cref="AdherentKinds.Aderente"/> (listed by staff) or <see cref="AdherentKinds.NonAderente"/> (came with the lab's code).</summary>
    public string Kind { get; set; } = AdherentKinds.Aderente;

    /// <summary>The secret of their personal link (random, 128 bits), or null when none was issued.</summary>
    public string? LinkToken { get; set; }

    /// <summary>Staff revoked the link: it is refused with <c>personal_link_revoked</c> until a new one is issued.</summary>
    public bool LinkRevoked { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>The member this identity was merged into (their register and hours count there); null if not merged.</summary>
    public string? MergedInto { get; set; }
}
