using Laboratori.Tests.Support;
using Laboratori.Web.Api;
using Laboratori.Web.Attendance;

namespace Laboratori.Tests.Attendance;

/// <summary>docs/protocol.md names every attendance error with its status and both messages.</summary>
public sealed class AttendanceDocumentTests
{
    private static readonly string Protocol = File.ReadAllText(Repository.PathOf("docs", "protocol.md"));

    [Fact]
    public void EveryAttendanceErrorIsDocumentedWithItsStatusAndBothMessages() =>
        Assert.All(AttendanceErrors.All, e => Assert.Contains($"| `{e.Code}` | {ApiProblem.StatusFor(e.Code)} | {e.Message} | {e.MessageEn} |", Protocol));

    [Fact]
    public void EveryEntiErrorIsDocumentedWithItsStatusAndBothMessages() =>
        Assert.All(Laboratori.Web.Enti.EntiErrors.All, e => Assert.Contains($"| `{e.Code}` | {ApiProblem.StatusFor(e.Code)} | {e.Message} | {e.MessageEn} |", Protocol));

    [Fact]
    public void EveryPrivacyErrorIsDocumentedWithItsStatusAndBothMessages() =>
        Assert.All(Laboratori.Web.Privacy.PrivacyErrors.All, e => Assert.Contains($"| `{e.Code}` | {ApiProblem.StatusFor(e.Code)} | {e.Message} | {e.MessageEn} |", Protocol));
}
