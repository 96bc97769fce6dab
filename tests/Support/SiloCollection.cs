namespace Laboratori.Tests.Support;

/// <summary>Tests that share one silo (starting one takes about a second).</summary>
[CollectionDefinition(Name)]
public sealed class SiloCollection : ICollectionFixture<TestSilo>
{
    public const string Name = "silo";
}
