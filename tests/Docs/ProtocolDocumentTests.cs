using Laboratori.Contracts;
using Laboratori.Grains.Canvas;
using Laboratori.Tests.Support;

namespace Laboratori.Tests.Docs;

/// <summary>docs/protocol.md is the contract clients are written from: it must name every code and operation the server has.</summary>
public sealed class ProtocolDocumentTests
{
    private static readonly string Protocol = File.ReadAllText(Repository.PathOf("docs", "protocol.md"));

    [Fact]
    public void EveryErrorCodeIsDocumentedWithBothMessages() =>
        Assert.All(Errors.All, e => Assert.Contains($"| `{e.Code}` | {Laboratori.Web.Api.ApiProblem.StatusFor(e.Code)} | {e.Message} | {e.MessageEn} |", Protocol));

    [Fact]
    public void EveryDocumentErrorCodeIsDocumentedWithBothMessages() =>
        Assert.All(Laboratori.Web.Documents.DocumentErrors.All, e => Assert.Contains($"| `{e.Code}` | {Laboratori.Web.Api.ApiProblem.StatusFor(e.Code)} | {e.Message} | {e.MessageEn} |", Protocol));

    [Fact]
    public void EveryTemplateErrorCodeIsDocumentedWithBothMessages() =>
        Assert.All(Laboratori.Web.ProgrammeTemplates.TemplateErrors.All, e => Assert.Contains($"| `{e.Code}` | {Laboratori.Web.Api.ApiProblem.StatusFor(e.Code)} | {e.Message} | {e.MessageEn} |", Protocol));

    [Fact]
    public void EveryOperationTypeIsDocumented() =>
        Assert.All(OperationCatalog.ClientOperationTypes.Concat(["lab.create", "member.join", "member.leave"]), t => Assert.Contains($"| `{t}` |", Protocol));

    [Fact]
    public void EveryLimitIsDocumented() =>
        Assert.All(typeof(LabLimits).GetProperties().Select(p => p.Name), name => Assert.Contains($"`{name}`", Protocol));
}
