namespace Laboratori.Grains.Cohesion;

/// <summary>One lab's folded log and its adherents (formal enrolments today), the denominator of participation.</summary>
public sealed record CohesionInput(string LabId, CohesionLog Log, int Adherents);
