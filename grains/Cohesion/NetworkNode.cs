using Laboratori.Contracts;

namespace Laboratori.Grains.Cohesion;

/// <summary>A node of the cohesion network: a person (<c>person</c>) or an ente (<c>ente</c>), with its sector.</summary>
public sealed record NetworkNode(string Id, string Label, string Kind, Sector Sector, string Ente);
