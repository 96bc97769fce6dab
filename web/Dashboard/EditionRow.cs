namespace Laboratori.Web.Dashboard;

/// <summary>One edizione's figures: status (planned, running, finished), incontri held, hours, people.</summary>
public sealed record EditionRow(
    string EdizioneId, string Edizione, string Percorso, string Sede, string Zone, string Status,
    int IncontriHeld, decimal HoursDelivered, int Enrolled, int Present, int ReachedThreshold);
