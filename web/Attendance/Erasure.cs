namespace Laboratori.Web.Attendance;

/// <summary>
/// A person erased from a lab (staff carried it out): their roster rows now hold <see cref="Pseudonym"/> and nothing
/// else about them. Kept so that a second erasure is refused and the register still counts them as one person.
/// </summary>
public sealed class Erasure
{
    public long Id { get; set; }

    public string LabId { get; set; } = string.Empty;

    /// <summary>The member id of the person (the one others were merged into, if any).</summary>
    public string MemberId { get; set; } = string.Empty;

    /// <summary>"Partecipante N": N is the person's place in the lab's roster, in the order they were added.</summary>
    public string Pseudonym { get; set; } = string.Empty;

    /// <summary>The staff account that erased them, or <c>retention</c> when the retention period ran out.</summary>
    public string ActorId { get; set; } = string.Empty;

    public DateTimeOffset At { get; set; }
}
