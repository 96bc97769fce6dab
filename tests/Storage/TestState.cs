namespace Laboratori.Tests.Storage;

/// <summary>A mutable state shape, as grains commonly use with <c>IPersistentState</c>.</summary>
public sealed class TestState
{
    public string Name { get; set; } = string.Empty;

    public int Count { get; set; }
}
