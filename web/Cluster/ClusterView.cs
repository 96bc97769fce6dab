namespace Laboratori.Web.Cluster;

/// <summary>The cluster as the answering node sees it: its own silo, the cluster's id, every silo in the membership table.</summary>
public sealed record ClusterView(string Silo, string ClusterId, IReadOnlyList<SiloView> Silos);
