using System.Net;
using Laboratori.LoadTest.Client;
using Laboratori.Tests.Accounts;

namespace Laboratori.Tests.Web;

/// <summary>The projector link: read-only, one lab only, no staff policy, ended by revoking or by a new link.</summary>
[Collection(LabServerCollection.Name)]
public sealed class ProjectorLinkTests(LabServerFixture fixture)
{
    private LabServer Server => fixture.Server;

    [Fact]
    public async Task OnlyWhoRunsTheLabMakesALinkAndItReadsThatLabOnlyAndChangesNothing()
    {
        await using var scene = await LabScene.StartAsync(Server, participants: 1);
        await using var other = await LabScene.StartAsync(Server, participants: 0, phase: null);
        var facilitator = await Server.StaffTokenAsync(LabServer.Facilitator);
        var path = $"/api/labs/{scene.Lab.Id}/projector-link";

        var byParticipant = await Call(HttpMethod.Post, path, scene.Joins[0].Token);
        var byTrainer = await Call(HttpMethod.Post, path, await Server.StaffTokenAsync(LabServer.Trainer));
        var byNobody = await Call(HttpMethod.Post, path, null);
        var made = await Call(HttpMethod.Post, path, facilitator);
        Assert.Equal(
            (HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.Unauthorized, HttpStatusCode.OK),
            (byParticipant.Status, byTrainer.Status, byNobody.Status, made.Status));
        var token = made.Body.GetProperty("token").GetString()!;
        Assert.EndsWith($"/lab/{scene.Lab.Id}/proiezione#proiettore={token}", made.Body.GetProperty("url").GetString(), StringComparison.Ordinal);

        // It reads its lab, with the join code (the projector shows it), and nothing else: no other lab, no staff API.
        var lab = await Call(HttpMethod.Get, $"/api/labs/{scene.Lab.Id}", token);
        Assert.Equal(HttpStatusCode.OK, lab.Status);
        Assert.False(string.IsNullOrEmpty(lab.Body.GetProperty("joinCode").GetString()));
        Assert.Equal(HttpStatusCode.OK, (await Call(HttpMethod.Get, $"/api/labs/{scene.Lab.Id}/canvas", token)).Status);
        Assert.Equal("forbidden", (await Call(HttpMethod.Get, $"/api/labs/{other.Lab.Id}/canvas", token)).Code);
        Assert.Equal(HttpStatusCode.Forbidden, (await Call(HttpMethod.Get, "/api/programmes", token)).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await Call(HttpMethod.Post, path, token)).Status);

        // On the hub it follows the lab and cannot change it.
        await using var projector = new HubPeer(await Server.ConnectAsync(token), scene.Lab.Id);
        await projector.JoinAsync();
        var refused = await projector.ApplyAsync("card.add", Payloads.AddCard("pj1", "Dal proiettore"));
        Assert.Equal("forbidden", refused.GetProperty("error").GetProperty("code").GetString());
        var seq = await scene.Participants[0].ApplyOkAsync("card.add", Payloads.AddCard("pj2", "Dalla sala"));
        Assert.Contains(await projector.ReceiveUntilAsync(seq), e => e.GetProperty("seq").GetInt64() == seq);
    }

    [Fact]
    public async Task RevokingOrReplacingTheLinkEndsItsTokenAndClosesItsConnection()
    {
        await using var scene = await LabScene.StartAsync(Server, participants: 0, phase: null);
        var facilitator = await Server.StaffTokenAsync(LabServer.Facilitator);
        var path = $"/api/labs/{scene.Lab.Id}/projector-link";
        var canvas = $"/api/labs/{scene.Lab.Id}/canvas";

        var first = (await Call(HttpMethod.Post, path, facilitator)).Body.GetProperty("token").GetString()!;
        var connection = await Server.ConnectAsync(first);
        await using var projector = new HubPeer(connection, scene.Lab.Id);
        await projector.JoinAsync();
        var second = (await Call(HttpMethod.Post, path, facilitator)).Body.GetProperty("token").GetString()!;

        Assert.Equal((HttpStatusCode.Unauthorized, "token_revoked"), await StatusAndCode(canvas, first));
        Assert.Equal(HttpStatusCode.OK, (await Call(HttpMethod.Get, canvas, second)).Status);
        await connection.Closed.Within();

        Assert.Equal(HttpStatusCode.NoContent, (await Call(HttpMethod.Delete, path, facilitator)).Status);
        Assert.Equal((HttpStatusCode.Unauthorized, "token_revoked"), await StatusAndCode(canvas, second));
        var hub = await Assert.ThrowsAsync<HubConnectionRefusedException>(() => Server.ConnectAsync(second));
        Assert.Equal(HttpStatusCode.Unauthorized, hub.StatusCode);
    }

    private Task<ApiCall> Call(HttpMethod method, string path, string? token) => ApiCall.SendAsync(Server.Http, method, path, token);

    private async Task<(HttpStatusCode, string?)> StatusAndCode(string path, string token)
    {
        var call = await Call(HttpMethod.Get, path, token);
        return (call.Status, call.Code);
    }

}
