using Laboratori.Contracts;

namespace Laboratori.Grains.History.Synthesis;

/// <summary>Someone who contributed to the canvas, and how much.</summary>
public sealed record Contributor(string Name, string Organisation, Sector Sector, Role Role, int Cards, int Contributions);
