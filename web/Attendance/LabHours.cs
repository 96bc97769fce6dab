using Laboratori.Web.Programmes;

namespace Laboratori.Web.Attendance;

/// <summary>A lab's hours: its planned incontri, the hours the percorso plans and its certificate threshold, and one row per person.</summary>
public sealed record LabHours(string LabId, string LabTitle, string Percorso, IReadOnlyList<Incontro> Incontri, decimal PlannedHours, int Threshold, IReadOnlyList<PersonHours> People);
