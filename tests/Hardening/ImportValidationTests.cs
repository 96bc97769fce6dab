using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Laboratori.Tests.Web;
using Microsoft.Data.Sqlite;

namespace Laboratori.Tests.Hardening;

/// <summary>
/// An imported log is checked as if its events arrived as operations, and a file with one bad event writes nothing:
/// no events, no snapshot, no lab. Each case is an exported log with one event changed or added.
/// </summary>
[Collection(LabServerCollection.Name)]
public sealed class ImportValidationTests(LabServerFixture fixture)
{
    private LabServer Server => fixture.Server;

    public static TheoryData<string, string> BadImports => new()
    {
        { "card-of-20000-characters", "text_too_long" },
        { "card-id-with-a-path", "bad_id" },
        { "author-id-with-a-path", "bad_id" },
        { "unknown-lane", "lane_unknown" },
        { "member-with-role-admin", "forbidden" },
        { "null-lane", "bad_request" },
        { "reveal-with-null-text", "bad_request" },
        { "null-event", "bad_request" },
        { "unknown-colour", "colour_unknown" },
        { "position-out-of-range", "position_out_of_range" },
    };

    [Theory]
    [MemberData(nameof(BadImports))]
    public async Task ABadEventRefusesTheWholeFileAndWritesNothing(string change, string reason)
    {
        await using var scene = await LabScene.StartAsync(Server, participants: 1);
        await scene.Participants[0].ApplyOkAsync("card.add", Payloads.AddCard("c1", "Una scheda"));
        var staff = await Server.StaffTokenAsync(LabServer.Facilitator);
        var archive = JsonNode.Parse(await GetStringAsync(staff, $"api/labs/{scene.Lab.Id}/export/log"))!.AsObject();
        Change(archive, change);
        var labsBefore = (await Server.Api.GetAsync(staff, "api/labs")).GetArrayLength();
        var streamsBefore = Streams();

        using var response = await PostAsync(staff, archive.ToJsonString());

        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{(int)response.StatusCode}: {text}");
        using var problem = JsonDocument.Parse(text);
        Assert.Equal("import_invalid", problem.RootElement.GetProperty("code").GetString());
        Assert.Contains($"({reason})", problem.RootElement.GetProperty("messageEn").GetString(), StringComparison.Ordinal);
        Assert.Contains($"({reason})", problem.RootElement.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(streamsBefore, Streams());
        Assert.Equal(labsBefore, (await Server.Api.GetAsync(staff, "api/labs")).GetArrayLength());
    }

    [Fact]
    public async Task TheSameFileUnchangedImports()
    {
        await using var scene = await LabScene.StartAsync(Server, participants: 1);
        await scene.Participants[0].ApplyOkAsync("card.add", Payloads.AddCard("c1", "Una scheda"));
        var staff = await Server.StaffTokenAsync(LabServer.Facilitator);
        var archive = await GetStringAsync(staff, $"api/labs/{scene.Lab.Id}/export/log");

        using var response = await PostAsync(staff, archive);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    private static void Change(JsonObject archive, string change)
    {
        var events = archive["events"]!.AsArray();
        var first = events[0]!.AsObject();
        var last = events[^1]!.AsObject();
        var facilitator = first["author"]!.GetValue<string>();
        switch (change)
        {
            case "card-of-20000-characters":
                Add(CardAdd("c-long", "bisogni", new string('x', 20_000)));
                break;
            case "card-id-with-a-path":
                Add(CardAdd("../../x y", "bisogni", "Scheda"));
                break;
            case "author-id-with-a-path":
                Add(CardAdd("c-ok", "bisogni", "Scheda"), author: "../../x y");
                break;
            case "unknown-lane":
                Add(CardAdd("c-ok", "nessuna", "Scheda"));
                break;
            case "member-with-role-admin":
                Add(new JsonObject
                {
                    ["memberId"] = "p-intruso", ["displayName"] = "Intruso", ["organisation"] = "", ["sector"] = "altro", ["role"] = "admin",
                }, type: "member.join", author: "p-intruso");
                break;
            case "null-lane":
                first["payload"]!["lanes"] = new JsonArray((JsonNode?)null);
                break;
            case "reveal-with-null-text":
                Add(new JsonObject { ["cards"] = new JsonObject { ["c1"] = null } }, type: "lab.reveal");
                break;
            case "null-event":
                events.Add(null);
                break;
            case "unknown-colour":
                Add(CardAdd("c-ok", "bisogni", "Scheda", colour: "oro"));
                break;
            case "position-out-of-range":
                Add(CardAdd("c-ok", "bisogni", "Scheda", x: 1e9));
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(change), change, null);
        }

        void Add(JsonObject payload, string type = "card.add", string? author = null) => events.Add(new JsonObject
        {
            ["labId"] = last["labId"]!.GetValue<string>(),
            ["seq"] = last["seq"]!.GetValue<long>() + 1,
            ["at"] = last["at"]!.GetValue<string>(),
            ["author"] = author ?? facilitator,
            ["clientOpId"] = "imported-1",
            ["type"] = type,
            ["payload"] = payload,
        });
    }

    private static JsonObject CardAdd(string id, string lane, string text, string? colour = null, double x = 10) => new()
    {
        ["cardId"] = id, ["lane"] = lane, ["text"] = text, ["colour"] = colour, ["x"] = x, ["y"] = 10.0,
    };

    /// <summary>Every stream the store holds events or snapshots of.</summary>
    private SortedSet<string> Streams()
    {
        using var connection = new SqliteConnection($"Data Source={Server.DatabasePath};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT stream_id FROM events UNION SELECT stream_id FROM snapshots;";
        using var reader = command.ExecuteReader();
        var streams = new SortedSet<string>(StringComparer.Ordinal);
        while (reader.Read())
        {
            streams.Add(reader.GetString(0));
        }

        return streams;
    }

    private async Task<string> GetStringAsync(string token, string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await Server.Http.SendAsync(request);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadAsStringAsync();
    }

    private async Task<HttpResponseMessage> PostAsync(string token, string body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/labs/import") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await Server.Http.SendAsync(request);
    }
}
