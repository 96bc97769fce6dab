using System.Text.Json;
using Laboratori.LoadTest.Client;

namespace Laboratori.Tests.Web;

[Collection(LabServerCollection.Name)]
public sealed class MalformedInputTests(LabServerFixture fixture)
{
    private LabServer Server => fixture.Server;

    [Fact]
    public async Task AnUnknownOperationTypeIsRefusedAndTheConnectionStillWorks()
    {
        await using var scene = await LabScene.StartAsync(Server, participants: 1);
        var peer = scene.Participants[0];

        var result = await peer.ApplyAsync("card.explode", new { cardId = "c1" }, "bad-1");

        Assert.Equal("unknown_operation", result.GetProperty("error").GetProperty("code").GetString());
        Assert.Equal("bad-1", result.GetProperty("clientOpId").GetString());
        await AssertStillWorksAsync(peer);
    }

    [Theory]
    [InlineData("""{"cardId":"c1","lane":"bisogni","colour":null,"x":1,"y":2}""")]
    [InlineData("""{"cardId":"c1","lane":"bisogni","text":"t","colour":null,"x":"uno","y":2}""")]
    [InlineData("""{"cardId":"c1","lane":"bisogni","text":"t","colour":null,"x":1,"y":2,"extra":true}""")]
    public async Task APayloadThatDoesNotFitItsOperationIsABadRequest(string payload)
    {
        await using var scene = await LabScene.StartAsync(Server, participants: 1);
        var peer = scene.Participants[0];

        var result = await peer.ApplyAsync("card.add", JsonDocument.Parse(payload).RootElement);

        Assert.Equal("bad_request", result.GetProperty("error").GetProperty("code").GetString());
        await AssertStillWorksAsync(peer);
    }

    [Theory]
    [InlineData("""{"clientOpId":"x1","type":"card.add"}""")]
    [InlineData("""{"clientOpId":"x1","type":"card.add","payload":"testo"}""")]
    [InlineData("""{"type":"card.add","payload":{}}""")]
    [InlineData("null")]
    public async Task AnOperationWithoutItsFieldsIsABadRequest(string operation)
    {
        await using var scene = await LabScene.StartAsync(Server, participants: 1);
        var peer = scene.Participants[0];

        var result = await peer.Client.InvokeAsync("Apply", scene.Lab.Id, JsonDocument.Parse(operation).RootElement).Within();

        Assert.Equal("bad_request", result.GetProperty("error").GetProperty("code").GetString());
        await AssertStillWorksAsync(peer);
    }

    [Theory]
    [InlineData("Apply", """["LAB"]""")]
    [InlineData("Apply", """["LAB",{"clientOpId":"x"},3]""")]
    [InlineData("Apply", """[42,[]]""")]
    [InlineData("CatchUp", """["LAB","zero"]""")]
    [InlineData("NoSuchMethod", """[]""")]
    public async Task AnInvocationWithWrongArgumentsGetsAnErrorCompletion(string method, string arguments)
    {
        await using var scene = await LabScene.StartAsync(Server, participants: 1);
        var peer = scene.Participants[0];

        var error = await Assert.ThrowsAsync<HubInvocationException>(() =>
            peer.Client.InvokeWithRawArgumentsAsync(method, arguments.Replace("LAB", scene.Lab.Id, StringComparison.Ordinal)).Within());

        Assert.StartsWith("Failed to invoke '", error.Message, StringComparison.Ordinal);
        await AssertStillWorksAsync(peer);
    }

    /// <summary>
    /// A record the JSON hub protocol cannot read is not an invocation at all: SignalR sends Close with its generic
    /// error and ends the connection. The client reconnects (and catches up) as after any drop.
    /// </summary>
    [Theory]
    [InlineData("{ this is not json")]
    [InlineData("""{"type":1,"invocationId":"9","target":"Apply","arguments":{"labId":"x"}}""")]
    [InlineData("""{"type":1,"invocationId":"9","arguments":[]}""")]
    [InlineData("""[1,2,3]""")]
    public async Task AFrameTheProtocolCannotReadMakesTheServerCloseTheConnection(string frame)
    {
        await using var scene = await LabScene.StartAsync(Server, participants: 1);
        var peer = scene.Participants[0];

        await peer.Client.SendRawAsync(frame);
        var closeError = await peer.Client.Closed.Within();

        Assert.Equal("Connection closed with an error.", closeError);
        await Assert.ThrowsAsync<HubInvocationException>(() => peer.Client.InvokeAsync("CatchUp", scene.Lab.Id, 0L).Within());
        await using var again = new HubPeer(await Server.ConnectAsync(scene.Joins[0].Token), scene.Lab.Id);
        await again.JoinAsync();
        await AssertStillWorksAsync(again);
    }

    private static async Task AssertStillWorksAsync(HubPeer peer)
    {
        var seq = await peer.ApplyOkAsync("card.add", Payloads.AddCard("ok-" + Guid.NewGuid().ToString("N")[..8], "Ancora qui"));
        Assert.True(seq > 0);
    }
}
