namespace Laboratori.Grains.Cohesion;

/// <summary>An undirected edge between two nodes; <see cref="Weight"/> is the number of interactions between them.</summary>
public sealed record NetworkEdge(string Source, string Target, int Weight);
