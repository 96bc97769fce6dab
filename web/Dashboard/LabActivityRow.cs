namespace Laboratori.Web.Dashboard;

/// <summary>A lab's activity on its canvas.</summary>
public sealed record LabActivityRow(string LabId, string Title, string Edizione, string Sede, int Enrolled, int Present, int Cards, int Links, int Votes);
