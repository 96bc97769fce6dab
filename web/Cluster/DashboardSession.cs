namespace Laboratori.Web.Cluster;

/// <summary>Where the dashboard opens once its cookie is set.</summary>
public sealed record DashboardSession(string Url);
