using static Laboratori.Tests.Domain.Scenario;

namespace Laboratori.Tests.Domain;

public sealed class OperationParsingTests
{
    [Theory]
    [InlineData("card.fly", "{}", "unknown_operation")]
    [InlineData("lab.create", """{"title":"x","templateId":"t","lanes":[],"phases":[],"voteBudget":1}""", "unknown_operation")]
    [InlineData("member.join", """{"memberId":"p-z","displayName":"Z","organisation":"","sector":"altro","role":"facilitator"}""", "unknown_operation")]
    [InlineData("card.add", """{"cardId":"c1","lane":"bisogni","colour":null,"x":0,"y":0}""", "bad_request")]
    [InlineData("card.add", """{"cardId":"c1","lane":"bisogni","text":null,"colour":null,"x":0,"y":0}""", "bad_request")]
    [InlineData("card.add", """{"cardId":"c1","lane":"bisogni","text":"x","colour":null,"x":"0","y":0}""", "bad_request")]
    [InlineData("card.add", """{"cardId":"c1","lane":"bisogni","text":"x","colour":null,"x":0,"y":0,"extra":1}""", "bad_request")]
    [InlineData("card.add", "[1,2]", "bad_request")]
    [InlineData("card.add", "{not json", "bad_request")]
    [InlineData("lab.lock", """{"locked":"yes"}""", "bad_request")]
    public void MalformedOrForbiddenOperationsAreRefusedWithTheirCode(string type, string payload, string code)
    {
        var s = new Scenario();
        var seq = s.State.Seq;
        s.Do(Facilitator, type, payload).Refused(code);
        Assert.Equal(seq, s.State.Seq);
    }
}
