namespace Laboratori.Web.Dashboard;

/// <summary>Narrows a programme's dashboard to one percorso, edizione, sede or zone (each optional).</summary>
public sealed record DashboardFilter(string? PercorsoId, string? EdizioneId, string? SedeId, string? Zone);
