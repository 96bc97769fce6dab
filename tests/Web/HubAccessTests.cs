using System.Net;
using System.Text.Json;
using Laboratori.LoadTest.Client;

namespace Laboratori.Tests.Web;

[Collection(LabServerCollection.Name)]
public sealed class HubAccessTests(LabServerFixture fixture)
{
    private LabServer Server => fixture.Server;

    [Fact]
    public async Task AParticipantCannotLockTheCanvas()
    {
        await using var scene = await LabScene.StartAsync(Server, participants: 1);

        var result = await scene.Participants[0].ApplyAsync("lab.lock", Payloads.Lock(true));

        Assert.Equal("forbidden", result.GetProperty("error").GetProperty("code").GetString());
        Assert.Equal(0, result.GetProperty("seq").GetInt64());
    }

    [Theory]
    [InlineData(LabServer.Trainer)]
    [InlineData(LabServer.OtherFacilitator)]
    public async Task StaffWhoDoNotRunTheLabCannotEditIt(string userName)
    {
        await using var scene = await LabScene.StartAsync(Server, participants: 0);
        await using var watcher = new HubPeer(await Server.ConnectAsync(await Server.StaffTokenAsync(userName)), scene.Lab.Id);

        var joined = await watcher.JoinAsync();
        var result = await watcher.ApplyAsync("card.add", Payloads.AddCard("c1", "Non posso"));

        Assert.Equal(JsonValueKind.Null, joined.GetProperty("error").ValueKind);
        Assert.Equal("trainer", joined.GetProperty("you").GetProperty("role").GetString());
        Assert.Equal("forbidden", result.GetProperty("error").GetProperty("code").GetString());
    }

    [Fact]
    public async Task AParticipantsTokenForOneLabDoesNotJoinAnother()
    {
        await using var x = await LabScene.StartAsync(Server, participants: 1, phase: null);
        await using var y = await LabScene.StartAsync(Server, participants: 0, phase: null);

        var reply = await x.Participants[0].Client.InvokeAsync("Join", y.Lab.Id, null).Within();
        var apply = await x.Participants[0].Client.InvokeAsync("Apply", y.Lab.Id, new { clientOpId = "c1", type = "card.add", payload = Payloads.AddCard("c1", "Intruso") }).Within();

        Assert.Equal("forbidden", reply.GetProperty("error").GetProperty("code").GetString());
        Assert.Equal(JsonValueKind.Null, reply.GetProperty("lab").ValueKind);
        Assert.Equal("not_in_lab", apply.GetProperty("error").GetProperty("code").GetString());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("not-a-token")]
    [InlineData("eyJzdWIiOiJ4In0.c2lnbmF0dXJl")]
    public async Task WithoutAValidTokenTheHubRefusesTheConnection(string? token)
    {
        var refused = await Assert.ThrowsAsync<HubConnectionRefusedException>(() => Server.ConnectAsync(token));

        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
    }

    [Fact]
    public async Task ParticipantsSeeTheJoinCodeHiddenAndStaffSeeIt()
    {
        await using var scene = await LabScene.StartAsync(Server, participants: 1, phase: null);

        var asParticipant = await scene.Participants[0].JoinAsync();
        var asFacilitator = await scene.Facilitator.JoinAsync();

        Assert.Equal(JsonValueKind.Null, asParticipant.GetProperty("lab").GetProperty("joinCode").ValueKind);
        Assert.Equal("participant", asParticipant.GetProperty("you").GetProperty("role").GetString());
        Assert.Equal(scene.Lab.JoinCode, asFacilitator.GetProperty("lab").GetProperty("joinCode").GetString());
        Assert.Equal("facilitator", asFacilitator.GetProperty("you").GetProperty("role").GetString());
    }
}
