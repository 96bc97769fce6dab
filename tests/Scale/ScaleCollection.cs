namespace Laboratori.Tests.Scale;

/// <summary>The tests of several nodes run one class at a time: each starts two or three processes of its own.</summary>
[CollectionDefinition(Name)]
public sealed class ScaleCollection
{
    public const string Name = "Scale";
}
