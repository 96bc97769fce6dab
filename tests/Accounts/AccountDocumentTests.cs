using Laboratori.Tests.Support;
using Laboratori.Web.Api;
using Laboratori.Web.Auth;

namespace Laboratori.Tests.Accounts;

/// <summary>docs/protocol.md names every account and programme error with its status and both messages.</summary>
public sealed class AccountDocumentTests
{
    private static readonly string Protocol = File.ReadAllText(Repository.PathOf("docs", "protocol.md"));

    [Fact]
    public void EveryAccountErrorIsDocumentedWithItsStatusAndBothMessages() =>
        Assert.All(AccountErrors.All.Concat(Laboratori.Web.Programmes.ProgrammeErrors.All), e => Assert.Contains($"| `{e.Code}` | {ApiProblem.StatusFor(e.Code)} | {e.Message} | {e.MessageEn} |", Protocol));
}
