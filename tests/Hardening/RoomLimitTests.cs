using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using Laboratori.LoadTest.Client;
using Laboratori.Tests.Web;

namespace Laboratori.Tests.Hardening;

/// <summary>Its own node: room for two participants online, and a hub that drops a silent client after 3 s.</summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Reliability", "CA1001", Justification = "xunit disposes it through IAsyncLifetime.DisposeAsync.")]
public sealed class RoomLimitTests : IAsyncLifetime
{
    private readonly LabServer _server = new(new Dictionary<string, string?>
    {
        ["Limits:MaxParticipants"] = "2",
        ["Hub:KeepAliveInterval"] = "00:00:01",
        ["Hub:ClientTimeoutInterval"] = "00:00:03",
    });

    [Fact]
    public async Task TheParticipantLimitCountsPeopleOnlineAndNeverStaff()
    {
        await using var scene = await LabScene.StartAsync(_server, participants: 2);
        var third = await _server.Api.JoinAsync(scene.Lab.JoinCode, "Terza persona");
        await using var thirdPeer = new HubPeer(await _server.ConnectAsync(third.Token), scene.Lab.Id);
        await using var trainer = new HubPeer(await _server.ConnectAsync(await _server.StaffTokenAsync(LabServer.Trainer)), scene.Lab.Id);

        var full = await thirdPeer.Client.InvokeAsync("Join", scene.Lab.Id, null).Within();
        var staff = await trainer.Client.InvokeAsync("Join", scene.Lab.Id, null).Within();
        await scene.Participants[0].DisposeAsync();
        await WaitForLeaveAsync(scene.Facilitator, scene.Joins[0].ParticipantId);
        var freed = await thirdPeer.Client.InvokeAsync("Join", scene.Lab.Id, null).Within();

        Assert.Equal("limit_participants", full.GetProperty("error").GetProperty("code").GetString());
        Assert.Equal(JsonValueKind.Null, staff.GetProperty("error").ValueKind);
        Assert.Equal(JsonValueKind.Null, freed.GetProperty("error").ValueKind);
    }

    [Fact]
    public async Task InAnonymousModeOnlyStaffLearnWhereParticipantsAre()
    {
        await using var scene = await LabScene.StartAsync(_server, participants: 2);
        var (anna, bruno, facilitator) = (scene.Participants[0], scene.Participants[1], scene.Facilitator);
        var annaId = scene.Joins[0].ParticipantId;
        var seq = await facilitator.ApplyOkAsync("lab.anonymous", new { enabled = true });
        var card = await anna.ApplyOkAsync("card.add", Payloads.AddCard("anon-1", "Scheda anonima"));
        await bruno.ReceiveUntilAsync(card);

        await anna.Client.SendAsync("Presence", scene.Lab.Id, new { cursor = new { x = 10, y = 20 }, editing = "anon-1" });
        // A round trip on Anna's connection: her presence was taken before the facilitator's.
        await anna.Client.InvokeAsync("CatchUp", scene.Lab.Id, seq).Within();
        await facilitator.Client.SendAsync("Presence", scene.Lab.Id, new { cursor = new { x = 1, y = 2 }, editing = (string?)null });

        var seenByStaff = await UntilMemberAsync(facilitator, annaId);
        await UntilMemberAsync(bruno, "staff-" + LabServer.Facilitator);

        Assert.Equal("anon-1", seenByStaff.GetProperty("editing").GetString());
        Assert.DoesNotContain(bruno.Presence, p => p.GetProperty("memberId").GetString() == annaId);
    }

    [Fact]
    public async Task AConnectionThatSendsNothingIsClosed()
    {
        var token = await _server.StaffTokenAsync(LabServer.Facilitator);
        using var socket = new ClientWebSocket();
        var url = new UriBuilder(new Uri(_server.BaseUrl, "hubs/lab")) { Scheme = "ws", Query = "access_token=" + Uri.EscapeDataString(token) }.Uri;
        await socket.ConnectAsync(url, Waits.Token());
        await socket.SendAsync(Encoding.UTF8.GetBytes("{\"protocol\":\"json\",\"version\":1}\u001e"), WebSocketMessageType.Text, true, Waits.Token());

        var buffer = new byte[4096];
        var cancel = Waits.Token();
        var closed = false;
        while (!closed)
        {
            try
            {
                closed = (await socket.ReceiveAsync(buffer, cancel)).MessageType == WebSocketMessageType.Close;
            }
            catch (WebSocketException)
            {
                // The server may drop the socket without a closing handshake: closed all the same.
                closed = true;
            }
        }

        Assert.False(cancel.IsCancellationRequested);
    }

    [Fact]
    public async Task ANegotiatedConnectionThatSendsNothingIsClosed()
    {
        await using var client = await _server.ConnectAsync(await _server.StaffTokenAsync(LabServer.Facilitator));

        await client.Closed.WaitAsync(Waits.Timeout);

        await Assert.ThrowsAsync<HubInvocationException>(() => client.InvokeAsync("CatchUp", "lab-x", 0L).Within());
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _server.DisposeAsync().AsTask();

    private static async Task<JsonElement> UntilMemberAsync(HubPeer peer, string memberId)
    {
        while (true)
        {
            foreach (var update in await peer.NextPresenceAsync())
            {
                if (update.GetProperty("memberId").GetString() == memberId)
                {
                    return update;
                }
            }
        }
    }

    private static async Task WaitForLeaveAsync(HubPeer peer, string memberId)
    {
        var cancel = Waits.Token();
        while (true)
        {
            var message = await peer.Client.Messages.ReadAsync(cancel);
            if (message.Target == "Events" && message.Arguments[1].EnumerateArray().Any(e =>
                e.GetProperty("type").GetString() == "member.leave" && e.GetProperty("payload").GetProperty("memberId").GetString() == memberId))
            {
                return;
            }
        }
    }
}
