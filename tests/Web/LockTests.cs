using System.Text.Json;

namespace Laboratori.Tests.Web;

[Collection(LabServerCollection.Name)]
public sealed class LockTests(LabServerFixture fixture)
{
    [Fact]
    public async Task EditsAreRejectedWhileTheCanvasIsLockedAndAcceptedOnceUnlocked()
    {
        await using var scene = await LabScene.StartAsync(fixture.Server, participants: 1);
        var participant = scene.Participants[0];

        var locked = await scene.Facilitator.ApplyOkAsync("lab.lock", Payloads.Lock(true));
        var refused = await participant.ApplyAsync("card.add", Payloads.AddCard("c1", "Bloccato"));
        var byFacilitator = await scene.Facilitator.ApplyAsync("card.add", Payloads.AddCard("f1", "Il facilitatore può"));
        var unlocked = await scene.Facilitator.ApplyOkAsync("lab.lock", Payloads.Lock(false));
        var accepted = await participant.ApplyOkAsync("card.add", Payloads.AddCard("c1", "Sbloccato"));

        Assert.Equal("canvas_locked", refused.GetProperty("error").GetProperty("code").GetString());
        Assert.Equal(JsonValueKind.Null, byFacilitator.GetProperty("error").ValueKind);
        Assert.Equal(locked + 1, byFacilitator.GetProperty("seq").GetInt64());
        Assert.Equal(unlocked + 1, accepted);
        var events = await participant.ReceiveUntilAsync(accepted);
        Assert.Equal(["lab.lock", "card.add", "lab.lock", "card.add"], events.Where(e => e.GetProperty("seq").GetInt64() >= locked).Select(e => e.GetProperty("type").GetString()));
    }
}
