using Laboratori.Tests.Web;

namespace Laboratori.Tests.Browser;

/// <summary>Browser tests of the live lab: one Chromium and one real server (Kestrel, SQLite) for the collection.</summary>
[CollectionDefinition(Name)]
public sealed class LiveCollection : ICollectionFixture<BrowserFixture>, ICollectionFixture<LabServerFixture>
{
    public const string Name = "Live lab in the browser";
}
