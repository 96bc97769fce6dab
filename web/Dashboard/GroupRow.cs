namespace Laboratori.Web.Dashboard;

/// <summary>People by a grouping (percorso, zone, sector, organisation): enrolled, present at least once, reached the threshold.</summary>
public sealed record GroupRow(string Name, int Editions, int Enrolled, int Present, int ReachedThreshold, decimal HoursDelivered);
