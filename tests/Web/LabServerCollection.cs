namespace Laboratori.Tests.Web;

/// <summary>Hub and REST tests share one node; each test makes its own lab, so they cannot see each other's edits.</summary>
[CollectionDefinition(Name)]
public sealed class LabServerCollection : ICollectionFixture<LabServerFixture>
{
    public const string Name = "Lab server";
}
