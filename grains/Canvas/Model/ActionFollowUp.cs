namespace Laboratori.Grains.Canvas.Model;

/// <summary>
/// The follow-up of an action card: who took it on (members by id, enti by name), by when (a date, yyyy-MM-dd, Italian
/// local date) and how far it has got (<see cref="Operations.ActionStatuses"/>).
/// </summary>
public sealed class ActionFollowUp
{
    public List<string> People { get; set; } = [];

    public List<string> Enti { get; set; } = [];

    public string? Deadline { get; set; }

    public string Status { get; set; } = Operations.ActionStatuses.DaAvviare;
}
