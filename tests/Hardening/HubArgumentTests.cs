using System.Text.Json;
using Laboratori.Tests.Web;

namespace Laboratori.Tests.Hardening;

/// <summary>Hub calls with missing or null arguments get a documented code (never "an unexpected error") and the connection stays usable.</summary>
[Collection(LabServerCollection.Name)]
public sealed class HubArgumentTests(LabServerFixture fixture)
{
    private LabServer Server => fixture.Server;

    [Fact]
    public async Task NullLabIdsAreAnsweredWithDocumentedCodes()
    {
        await using var scene = await LabScene.StartAsync(Server, participants: 1);
        var client = scene.Participants[0].Client;

        var apply = await client.InvokeAsync("Apply", null, new { clientOpId = "n-1", type = "card.add", payload = Payloads.AddCard("n1", "x") }).Within();
        var catchUp = await client.InvokeAsync("CatchUp", null, 0L).Within();
        var join = await client.InvokeAsync("Join", null, null).Within();
        var leave = await client.InvokeAsync("Leave", [null]).Within();
        await client.SendAsync("Presence", null, new { cursor = new { x = 1, y = 1 }, editing = (string?)null });

        Assert.Equal("not_in_lab", Code(apply));
        Assert.Equal("not_in_lab", Code(catchUp));
        Assert.Equal("lab_not_found", Code(join));
        Assert.Equal(JsonValueKind.Null, leave.GetProperty("error").ValueKind);
        await AssertStillWorksAsync(scene.Participants[0]);
    }

    [Fact]
    public async Task NullElementsInsidePayloadsAreBadRequests()
    {
        await using var scene = await LabScene.StartAsync(Server, participants: 1);
        var facilitator = scene.Facilitator;
        var member = scene.Joins[0].ParticipantId;

        var reveal = await facilitator.ApplyAsync("lab.reveal", new { cardIds = new string?[] { null } });
        var groups = await facilitator.ApplyAsync("groups.split", new { groups = new object?[] { null, null } });
        var members = await facilitator.ApplyAsync("groups.split", new
        {
            groups = new object[]
            {
                new { groupId = "g1", name = "Uno", members = new string?[] { null } },
                new { groupId = "g2", name = "Due", members = new[] { member } },
            },
        });

        Assert.Equal("bad_request bad_request bad_request", $"{Code(reveal)} {Code(groups)} {Code(members)}");
        await AssertStillWorksAsync(facilitator);
    }

    [Fact]
    public async Task JoinAndLeaveAreRateLimitedPerConnection()
    {
        await using var scene = await LabScene.StartAsync(Server, participants: 1);
        var peer = scene.Participants[0];
        var codes = new List<string?>();
        for (var i = 0; i < 12; i++)
        {
            var leave = await peer.Client.InvokeAsync("Leave", scene.Lab.Id).Within();
            codes.Add(leave.GetProperty("error") is { ValueKind: JsonValueKind.Object } e ? e.GetProperty("code").GetString() : null);
            var join = await peer.Client.InvokeAsync("Join", scene.Lab.Id, null).Within();
            codes.Add(Code(join));
        }

        // The scene's first Join took one of the burst of 10: nine more calls pass, then the bucket is empty.
        Assert.All(codes.Take(9), c => Assert.Null(c));
        Assert.Contains("rate_limited", codes.Skip(9));
    }

    [Fact]
    public async Task CatchUpIsRateLimitedPerConnection()
    {
        await using var scene = await LabScene.StartAsync(Server, participants: 1);
        var codes = new List<string?>();
        for (var i = 0; i < 60; i++)
        {
            codes.Add(Code(await scene.Participants[0].Client.InvokeAsync("CatchUp", scene.Lab.Id, 0L).Within()));
        }

        Assert.Null(codes[0]);
        Assert.Contains("rate_limited", codes);
    }

    private static string? Code(JsonElement reply) =>
        reply.GetProperty("error") is { ValueKind: JsonValueKind.Object } error ? error.GetProperty("code").GetString() : null;

    private static async Task AssertStillWorksAsync(HubPeer peer) =>
        Assert.True(await peer.ApplyOkAsync("card.add", Payloads.AddCard("ok-" + Guid.NewGuid().ToString("N")[..8], "Ancora qui")) > 0);
}
