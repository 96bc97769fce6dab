using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Laboratori.LoadTest.Client;

namespace Laboratori.Tests.Web;

/// <summary>Replay, exports and import over REST, and every bad input they can get.</summary>
[Collection(LabServerCollection.Name)]
public sealed class HistoryApiTests(LabServerFixture fixture)
{
    private LabServer Server => fixture.Server;

    [Fact]
    public async Task TimelineStateAtSeqAndTimeAndActivityDescribeTheSession()
    {
        await using var scene = await LabScene.StartAsync(Server, participants: 2);
        var staff = await Server.StaffTokenAsync(LabServer.Facilitator);
        await scene.Facilitator.ApplyOkAsync("meeting.open", new { title = "Primo incontro" });
        var first = await scene.Participants[0].ApplyOkAsync("card.add", Payloads.AddCard("h1", "Bisogno"));
        await scene.Participants[1].ApplyOkAsync("card.add", Payloads.AddCard("h2", "Risorsa", "risorse"));
        var last = await scene.Participants[1].ApplyOkAsync("vote.cast", new { cardId = "h1" });
        var labId = scene.Lab.Id;

        var timeline = await Server.Api.GetAsync(staff, $"api/labs/{labId}/history/timeline?buckets=4");
        var atFirst = await Server.Api.GetAsync(staff, $"api/labs/{labId}/history/state?seq={first}");
        var events = await Server.Api.GetAsync(staff, $"api/labs/{labId}/events?after={first - 1}&limit=1");
        var at = events.GetProperty("events")[0].GetProperty("at").GetString()!;
        var atTime = await Server.Api.GetAsync(staff, $"api/labs/{labId}/history/state?at={Uri.EscapeDataString(at)}");
        var activity = await Server.Api.GetAsync(staff, $"api/labs/{labId}/history/activity");

        Assert.Equal(last, timeline.GetProperty("lastSeq").GetInt64());
        Assert.Equal("Primo incontro", timeline.GetProperty("meetings")[0].GetProperty("title").GetString());
        Assert.Equal(["apertura", "libera"], timeline.GetProperty("phases").EnumerateArray().Select(p => p.GetProperty("phase").GetString()));
        Assert.Equal(last, timeline.GetProperty("density").EnumerateArray().Sum(b => b.GetProperty("events").GetInt32()));
        Assert.Equal(["h1"], atFirst.GetProperty("state").GetProperty("cards").EnumerateObject().Select(p => p.Name));
        // The state at an event's time is the state after the last event of that millisecond (the next may share it).
        var sameTime = (await Server.Api.GetAsync(staff, $"api/labs/{labId}/events?after={first - 1}&limit=1000")).GetProperty("events").EnumerateArray()
            .Where(e => e.GetProperty("at").GetString() == at).Max(e => e.GetProperty("seq").GetInt64());
        Assert.Equal(sameTime, atTime.GetProperty("seq").GetInt64());
        var bruno = activity.EnumerateArray().Single(a => a.GetProperty("displayName").GetString() == "Partecipante B");
        Assert.Equal((1, 1), (bruno.GetProperty("eventsByType").GetProperty("card.add").GetInt32(), bruno.GetProperty("eventsByType").GetProperty("vote.cast").GetInt32()));
    }

    [Theory]
    [InlineData("history/state?seq=-1", HttpStatusCode.BadRequest, "seq_out_of_range")]
    [InlineData("history/state?seq=999999", HttpStatusCode.BadRequest, "seq_out_of_range")]
    [InlineData("history/state?at=ieri", HttpStatusCode.BadRequest, "bad_request")]
    [InlineData("history/events?from=domani", HttpStatusCode.BadRequest, "bad_request")]
    [InlineData("export/synthesis?format=docx", HttpStatusCode.BadRequest, "bad_request")]
    public async Task BadHistoryRequestsGetAClearError(string path, HttpStatusCode status, string code)
    {
        await using var scene = await LabScene.StartAsync(Server, participants: 0);
        var staff = await Server.StaffTokenAsync(LabServer.Facilitator);
        var error = await Assert.ThrowsAsync<LabApiException>(() => Server.Api.GetAsync(staff, $"api/labs/{scene.Lab.Id}/{path}"));
        Assert.Equal((status, code), (error.StatusCode, error.Code));
    }

    [Theory]
    [InlineData("history/timeline")]
    [InlineData("history/state?seq=1")]
    [InlineData("history/activity")]
    [InlineData("export/log")]
    [InlineData("export/attendance")]
    public async Task ParticipantsCannotReadTheHistory(string path)
    {
        await using var scene = await LabScene.StartAsync(Server, participants: 1);
        var error = await Assert.ThrowsAsync<LabApiException>(() => Server.Api.GetAsync(scene.Joins[0].Token, $"api/labs/{scene.Lab.Id}/{path}"));
        Assert.Equal((HttpStatusCode.Forbidden, "forbidden"), (error.StatusCode, error.Code));
    }

    [Fact]
    public async Task UnknownLabIsNotFound()
    {
        var staff = await Server.StaffTokenAsync(LabServer.Trainer);
        var error = await Assert.ThrowsAsync<LabApiException>(() => Server.Api.GetAsync(staff, "api/labs/lab-nessuno/history/timeline"));
        Assert.Equal((HttpStatusCode.NotFound, "lab_not_found"), (error.StatusCode, error.Code));
    }

    [Fact]
    public async Task SynthesisExportsInEveryFormatCarryTheCards()
    {
        await using var scene = await LabScene.StartAsync(Server, participants: 1);
        var staff = await Server.StaffTokenAsync(LabServer.Facilitator);
        await scene.Participants[0].ApplyOkAsync("theme.add", new { themeId = "t1", title = "Casa; e \"abitare\"" });
        await scene.Participants[0].ApplyOkAsync("card.add", Payloads.AddCard("s1", "Città più accessibile"));
        await scene.Participants[0].ApplyOkAsync("card.theme", new { cardId = "s1", themeId = "t1" });

        var json = await Server.Api.GetAsync(scene.Joins[0].Token, $"api/labs/{scene.Lab.Id}/export/synthesis?format=json");
        var csv = await GetBytesAsync(staff, $"api/labs/{scene.Lab.Id}/export/synthesis?format=csv");
        var md = Encoding.UTF8.GetString(await GetBytesAsync(staff, $"api/labs/{scene.Lab.Id}/export/synthesis?format=md"));
        var html = Encoding.UTF8.GetString(await GetBytesAsync(staff, $"api/labs/{scene.Lab.Id}/export/synthesis?format=html"));

        Assert.Equal("Città più accessibile", json.GetProperty("rows")[0].GetProperty("cards")[0].GetProperty("text").GetString());
        Assert.Equal([0xEF, 0xBB, 0xBF], csv[..3]);
        var lines = Encoding.UTF8.GetString(csv[3..]).Split("\r\n");
        Assert.Equal("Tema;Colonna;Scheda;Voti;Autore;Organizzazione;Settore;Collegata;Collegamenti;Per conto di", lines[0]);
        Assert.Equal("\"Casa; e \"\"abitare\"\"\";Bisogni;Città più accessibile;0;Partecipante A;;Altro;no;;", lines[1]);
        Assert.Contains("## Casa; e \"abitare\"", md);
        Assert.Contains("Città più accessibile", html);
        Assert.Contains("Casa; e &quot;abitare&quot;", html);
    }

    [Fact]
    public async Task AnExportedLogImportsIntoANewLabThatReplaysIdentically()
    {
        await using var scene = await LabScene.StartAsync(Server, participants: 1);
        var staff = await Server.StaffTokenAsync(LabServer.Facilitator);
        await scene.Participants[0].ApplyOkAsync("card.add", Payloads.AddCard("i1", "Da archiviare"));
        await scene.Participants[0].ApplyOkAsync("card.move", Payloads.MoveCard("i1", 5, 6));
        var log = await GetBytesAsync(staff, $"api/labs/{scene.Lab.Id}/export/log");

        var created = await PostAsync(staff, "api/labs/import", log);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var copy = JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetString()!;
        // The log as stored (participants' joins carry no names: the file holds no personal data, and the copy has no roster).
        var original = JsonDocument.Parse(log).RootElement;
        var imported = JsonDocument.Parse(await GetBytesAsync(staff, $"api/labs/{copy}/export/log")).RootElement;

        Assert.Equal(Strip(original), Strip(imported));
        var lastSeq = (await Server.Api.GetAsync(staff, $"api/labs/{scene.Lab.Id}/events?after=0&limit=1000")).GetProperty("lastSeq").GetInt64();
        for (var seq = 1; seq <= lastSeq; seq++)
        {
            var a = await Server.Api.GetAsync(staff, $"api/labs/{scene.Lab.Id}/history/state?seq={seq}");
            var b = await Server.Api.GetAsync(staff, $"api/labs/{copy}/history/state?seq={seq}");
            Assert.Equal(Unnamed(a.GetProperty("state")), b.GetProperty("state").GetRawText());
        }
    }

    [Fact]
    public async Task TruncatedNewerOrParticipantImportsAreRefusedAndCreateNothing()
    {
        await using var scene = await LabScene.StartAsync(Server, participants: 1);
        var staff = await Server.StaffTokenAsync(LabServer.Facilitator);
        var log = await GetBytesAsync(staff, $"api/labs/{scene.Lab.Id}/export/log");
        var labsBefore = (await Server.Api.GetAsync(staff, "api/labs")).GetArrayLength();
        var newer = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(log).Replace("\"formatVersion\":1", "\"formatVersion\":2", StringComparison.Ordinal));
        var gap = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(log).Replace("\"seq\":2,", "\"seq\":7,", StringComparison.Ordinal));

        await AssertProblemAsync(await PostAsync(staff, "api/labs/import", log[..(log.Length / 2)]), HttpStatusCode.BadRequest, "import_invalid");
        await AssertProblemAsync(await PostAsync(staff, "api/labs/import", newer), HttpStatusCode.BadRequest, "import_version");
        await AssertProblemAsync(await PostAsync(staff, "api/labs/import", gap), HttpStatusCode.BadRequest, "import_invalid");
        await AssertProblemAsync(await PostAsync(scene.Joins[0].Token, "api/labs/import", log), HttpStatusCode.Forbidden, "forbidden");
        Assert.Equal(labsBefore, (await Server.Api.GetAsync(staff, "api/labs")).GetArrayLength());
    }

    /// <summary>The state with participants' names left out, as a lab without a roster (an imported one) shows it.</summary>
    private static string Unnamed(JsonElement state)
    {
        var node = System.Text.Json.Nodes.JsonNode.Parse(state.GetRawText())!;
        foreach (var (_, member) in node["members"]!.AsObject())
        {
            if (member!["role"]!.GetValue<string>() == "participant")
            {
                member["displayName"] = string.Empty;
            }
        }

        return node.ToJsonString(Laboratori.Grains.Canvas.CanvasJson.Options);
    }

    private static string Strip(JsonElement page) =>
        string.Join('\n', page.GetProperty("events").EnumerateArray().Select(e =>
            $"{e.GetProperty("seq")}|{e.GetProperty("at")}|{e.GetProperty("author")}|{e.GetProperty("clientOpId")}|{e.GetProperty("type")}|{e.GetProperty("payload").GetRawText()}"));

    private async Task<byte[]> GetBytesAsync(string token, string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await Server.Http.SendAsync(request);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadAsByteArrayAsync();
    }

    private async Task<HttpResponseMessage> PostAsync(string token, string path, byte[] body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await Server.Http.SendAsync(request);
    }

    private static async Task AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status, string code)
    {
        using (response)
        {
            var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
            Assert.Equal((status, code), (response.StatusCode, problem.GetProperty("code").GetString()));
        }
    }
}
