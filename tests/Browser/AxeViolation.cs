namespace Laboratori.Tests.Browser;

/// <summary>One axe-core rule a page breaks, with how many of its elements break it and the selectors of the first three.</summary>
public sealed record AxeViolation(string Id, string Impact, string Help, int Nodes, string Where = "");
