using System.Text.Json;
using System.Threading.Channels;
using MessagePack;
using MessagePack.Resolvers;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace Laboratori.Tests.Web;

/// <summary>
/// The hub over MessagePack, spoken by the official .NET SignalR client with its default MessagePack settings (no
/// resolver of ours): every method's answer and every pushed message reads exactly as the JSON protocol's, converted
/// back to JSON by MessagePack-CSharp's own converter.
/// </summary>
[Collection(LabServerCollection.Name)]
public sealed class MessagePackProtocolTests(LabServerFixture fixture)
{
    private LabServer Server => fixture.Server;

    [Fact]
    public async Task JoinCatchUpApplyAndEventsReadTheSameInMessagePackAsInJson()
    {
        await using var scene = await LabScene.StartAsync(Server, participants: 1);
        var anna = scene.Participants[0];
        var join = scene.Joins[0];
        await using var binary = await MessagePackPeer.ConnectAsync(Server, join.Token, scene.Lab.Id);

        // The same person on two connections, the lab unchanged in between: the same answer but for the clock.
        var inJson = await anna.Client.InvokeAsync("Join", scene.Lab.Id, null).Within();
        var inBinary = await binary.InvokeAsync("Join", scene.Lab.Id, null);
        AssertSameJson(WithoutServerTime(inJson), WithoutServerTime(inBinary));
        Assert.Equal(JsonValueKind.String, inBinary.GetProperty("serverTime").ValueKind);
        Assert.Equal(join.ParticipantId, inBinary.GetProperty("you").GetProperty("id").GetString());
        Assert.Equal("participant", inBinary.GetProperty("you").GetProperty("role").GetString());
        Assert.Equal(JsonValueKind.Object, inBinary.GetProperty("state").GetProperty("state").GetProperty("cards").ValueKind);

        // An operation from the MessagePack connection: its answer, and its event pushed to both connections alike.
        var applied = await binary.InvokeAsync("Apply", scene.Lab.Id, Operation("mp-1", "card.add", new Dictionary<string, object?>
        {
            ["cardId"] = "c-mp-1", ["lane"] = "bisogni", ["text"] = "Anziani soli, è così", ["colour"] = null, ["x"] = 40, ["y"] = 60,
        }));
        Assert.Equal(JsonValueKind.Null, applied.GetProperty("error").ValueKind);
        var seq = applied.GetProperty("seq").GetInt64();
        Assert.Equal("mp-1", applied.GetProperty("clientOpId").GetString());
        var pushedJson = (await anna.ReceiveUntilAsync(seq)).Single(e => e.GetProperty("seq").GetInt64() == seq);
        JsonElement[] events;
        do
        {
            events = (await binary.NextAsync("Events"))[1].EnumerateArray().ToArray();
        }
        while (!events.Any(e => e.GetProperty("seq").GetInt64() == seq));

        var pushedBinary = events.Single(e => e.GetProperty("seq").GetInt64() == seq);
        AssertSameJson(pushedJson, pushedBinary);
        Assert.Equal("Anziani soli, è così", pushedBinary.GetProperty("payload").GetProperty("text").GetString());
        Assert.Equal(40, pushedBinary.GetProperty("payload").GetProperty("x").GetInt32());

        // A refusal reads as in JSON, and the connection stays usable.
        var refused = await binary.InvokeAsync("Apply", scene.Lab.Id, Operation("mp-2", "card.edit", new Dictionary<string, object?> { ["cardId"] = "c-none", ["text"] = "x" }));
        var refusedJson = await anna.ApplyAsync("card.edit", new { cardId = "c-none", text = "x" }, "mp-2-json");
        Assert.Equal("card_not_found", refused.GetProperty("error").GetProperty("code").GetString());
        AssertSameJson(refusedJson.GetProperty("error"), refused.GetProperty("error"));

        // A payload that is not an object: bad_request, as in JSON.
        var malformed = await binary.InvokeAsync("Apply", scene.Lab.Id, Operation("mp-3", "card.add", "not an object"));
        Assert.Equal("bad_request", malformed.GetProperty("error").GetProperty("code").GetString());

        var caughtUp = await binary.InvokeAsync("CatchUp", scene.Lab.Id, seq - 1);
        var caughtUpJson = await anna.Client.InvokeAsync("CatchUp", scene.Lab.Id, seq - 1).Within();
        AssertSameJson(caughtUpJson, caughtUp);
        Assert.Equal(seq, caughtUp.GetProperty("events")[0].GetProperty("seq").GetInt64());

        // Joining again from a seq (after a reconnect): the same answer in both protocols, whatever it holds.
        var rejoined = await binary.InvokeAsync("Join", scene.Lab.Id, seq - 1);
        var rejoinedJson = await anna.Client.InvokeAsync("Join", scene.Lab.Id, seq - 1).Within();
        AssertSameJson(WithoutServerTime(rejoinedJson), WithoutServerTime(rejoined));

        Assert.Equal(JsonValueKind.Null, (await binary.InvokeAsync("Leave", scene.Lab.Id)).GetProperty("error").ValueKind);
        Assert.Equal("not_in_lab", (await binary.InvokeAsync("CatchUp", scene.Lab.Id, 0)).GetProperty("error").GetProperty("code").GetString());
    }

    [Fact]
    public async Task PresenceFromMessagePackReachesJsonAndTheBatchReadsTheSameInBoth()
    {
        await using var scene = await LabScene.StartAsync(Server, participants: 1);
        var anna = scene.Participants[0];
        var brunoJoin = await Server.Api.JoinAsync(scene.Lab.JoinCode, "Bruno Binario");
        await using var bruno = await MessagePackPeer.ConnectAsync(Server, brunoJoin.Token, scene.Lab.Id);
        await bruno.InvokeAsync("Join", scene.Lab.Id, null);

        await bruno.SendAsync("Presence", scene.Lab.Id, new Dictionary<string, object?>
        {
            ["cursor"] = new Dictionary<string, object?> { ["x"] = 412.5, ["y"] = 96 },
            ["editing"] = "c-1",
            ["viewport"] = null,
        });

        JsonElement[] batch;
        do
        {
            batch = await anna.NextPresenceAsync();
        }
        while (!batch.Any(p => p.GetProperty("memberId").GetString() == brunoJoin.ParticipantId));

        var fromJson = batch.Single(p => p.GetProperty("memberId").GetString() == brunoJoin.ParticipantId);
        Assert.Equal(412.5, fromJson.GetProperty("cursor").GetProperty("x").GetDouble());
        Assert.Equal("c-1", fromJson.GetProperty("editing").GetString());
        Assert.Equal("Bruno Binario", fromJson.GetProperty("displayName").GetString());

        JsonElement binaryBatch;
        do
        {
            binaryBatch = (await bruno.NextAsync("Presence"))[1];
        }
        while (!binaryBatch.EnumerateArray().Any(p => p.GetProperty("memberId").GetString() == brunoJoin.ParticipantId));

        AssertSameJson(fromJson, binaryBatch.EnumerateArray().Single(p => p.GetProperty("memberId").GetString() == brunoJoin.ParticipantId));
    }

    [Fact]
    public async Task ARemovedParticipantIsToldInMessagePackAsInJson()
    {
        await using var scene = await LabScene.StartAsync(Server, participants: 1);
        var brunoJoin = await Server.Api.JoinAsync(scene.Lab.JoinCode, "Bruno Binario");
        await using var bruno = await MessagePackPeer.ConnectAsync(Server, brunoJoin.Token, scene.Lab.Id);
        await bruno.InvokeAsync("Join", scene.Lab.Id, null);

        await scene.Facilitator.ApplyOkAsync("member.remove", new { memberId = brunoJoin.ParticipantId });

        var removed = await bruno.NextAsync("Removed");
        Assert.Equal(scene.Lab.Id, removed[0].GetString());
        Assert.Equal("removed", removed[1].GetProperty("code").GetString());
        Assert.False(string.IsNullOrEmpty(removed[1].GetProperty("message").GetString()));
        Assert.False(string.IsNullOrEmpty(removed[1].GetProperty("messageEn").GetString()));
    }

    [Fact]
    public async Task ArgumentsOfTheWrongShapeFailTheCallAndLeaveTheConnectionUsable()
    {
        await using var scene = await LabScene.StartAsync(Server, participants: 0);
        var token = await Server.StaffTokenAsync(LabServer.Facilitator);
        await using var staff = await MessagePackPeer.ConnectAsync(Server, token, scene.Lab.Id);

        // An operation that is a string, then a seq that is a map: SignalR cannot bind them, the call fails alone.
        await Assert.ThrowsAsync<HubException>(() => staff.InvokeAsync("Apply", scene.Lab.Id, "card.add"));
        await Assert.ThrowsAsync<HubException>(() => staff.InvokeAsync("CatchUp", scene.Lab.Id, new Dictionary<string, object?> { ["seq"] = 1 }));

        // Presence whose cursor is text: dropped, no answer, nothing breaks.
        await staff.SendAsync("Presence", scene.Lab.Id, new Dictionary<string, object?> { ["cursor"] = "here", ["editing"] = null });

        var joined = await staff.InvokeAsync("Join", scene.Lab.Id, null);
        Assert.Equal("facilitator", joined.GetProperty("you").GetProperty("role").GetString());
    }

    private static Dictionary<string, object?> Operation(string clientOpId, string type, object payload) =>
        new() { ["clientOpId"] = clientOpId, ["type"] = type, ["payload"] = payload };

    private static JsonElement WithoutServerTime(JsonElement reply)
    {
        var copy = System.Text.Json.Nodes.JsonNode.Parse(reply.GetRawText())!.AsObject();
        copy.Remove("serverTime");
        return JsonSerializer.SerializeToElement(copy);
    }

    private static void AssertSameJson(JsonElement expected, JsonElement actual) =>
        Assert.True(JsonElement.DeepEquals(expected, actual), $"JSON:        {expected.GetRawText()}\nMessagePack: {actual.GetRawText()}");

    /// <summary>One connection of the official .NET client with SignalR's default MessagePack settings; what it receives is kept as JSON.</summary>
    private sealed class MessagePackPeer : IAsyncDisposable
    {
        private readonly HubConnection _connection;
        private readonly Channel<(string Target, JsonElement[] Arguments)> _received = Channel.CreateUnbounded<(string, JsonElement[])>();

        private MessagePackPeer(HubConnection connection)
        {
            _connection = connection;
            _connection.On<string, object>("Events", (lab, events) => Keep("Events", lab, events));
            _connection.On<string, object>("Presence", (lab, updates) => Keep("Presence", lab, updates));
            _connection.On<string, object>("Removed", (lab, error) => Keep("Removed", lab, error));
        }

        public static async Task<MessagePackPeer> ConnectAsync(LabServer server, string token, string labId)
        {
            var connection = new HubConnectionBuilder()
                .WithUrl(new Uri(server.BaseUrl, "hubs/lab?lab=" + Uri.EscapeDataString(labId)), o =>
                {
                    o.AccessTokenProvider = () => Task.FromResult<string?>(token);
                    o.Transports = HttpTransportType.WebSockets;
                })
                .AddMessagePackProtocol()
                .Build();
            await connection.StartAsync(Waits.Token());
            return new MessagePackPeer(connection);
        }

        public async Task<JsonElement> InvokeAsync(string method, params object?[] arguments) =>
            AsJson(await _connection.InvokeCoreAsync<object?>(method, arguments, Waits.Token()));

        public Task SendAsync(string method, params object?[] arguments) => _connection.SendCoreAsync(method, arguments, Waits.Token());

        /// <summary>The arguments of the next push to <paramref name="target"/> (others met on the way are passed over).</summary>
        public async Task<JsonElement[]> NextAsync(string target)
        {
            var cancel = Waits.Token();
            while (true)
            {
                var (received, arguments) = await _received.Reader.ReadAsync(cancel);
                if (received == target)
                {
                    return arguments;
                }
            }
        }

        public ValueTask DisposeAsync() => _connection.DisposeAsync();

        private void Keep(string target, string labId, object value) =>
            _received.Writer.TryWrite((target, [JsonSerializer.SerializeToElement(labId), AsJson(value)]));

        /// <summary>What the client decoded (maps, arrays, scalars), encoded again and turned into JSON by MessagePack-CSharp.</summary>
        private static JsonElement AsJson(object? value)
        {
            var bytes = MessagePackSerializer.Serialize(value, ContractlessStandardResolver.Options);
            using var document = JsonDocument.Parse(MessagePackSerializer.ConvertToJson(bytes));
            return document.RootElement.Clone();
        }
    }
}
