using System.Net.Http.Headers;
using System.Net;
using System.Text;
using System.Xml.Linq;
using Laboratori.LoadTest.Client;
using Laboratori.Web.Exports;

namespace Laboratori.Tests.Web;

/// <summary>The cohesion endpoints over REST: figures for staff, the aggregate only for participants, network exports.</summary>
[Collection(LabServerCollection.Name)]
public sealed class CohesionApiTests(LabServerFixture fixture)
{
    private LabServer Server => fixture.Server;

    [Fact]
    public async Task StaffSeeEveryMeasureAndTheNetworkAtAnySeq()
    {
        await using var scene = await LabScene.StartAsync(Server, participants: 2);
        await scene.Facilitator.ApplyOkAsync("meeting.open", new { title = "Primo incontro" });
        var added = await scene.Participants[0].ApplyOkAsync("card.add", Payloads.AddCard("c1", "Bisogno"));
        await scene.Participants[1].ApplyOkAsync("comment.add", new { commentId = "m1", cardId = "c1", text = "Anche noi" });
        await scene.Participants[1].ApplyOkAsync("vote.cast", new { cardId = "c1" });
        var trainer = await Server.StaffTokenAsync(LabServer.Trainer);

        var now = await Server.Api.GetAsync(trainer, $"api/labs/{scene.Lab.Id}/cohesion");
        var before = await Server.Api.GetAsync(trainer, $"api/labs/{scene.Lab.Id}/cohesion?seq={added}");

        var report = now.GetProperty("report");
        Assert.Equal((2, 2, 1), (report.GetProperty("adherents").GetInt32(), report.GetProperty("interactions").GetInt32(), report.GetProperty("interactivePeople").GetInt32()));
        Assert.Equal(1.0, report.GetProperty("participationRate").GetDouble());
        Assert.Equal(1, report.GetProperty("contributions").GetInt32());
        var edge = Assert.Single(now.GetProperty("network").GetProperty("edges").EnumerateArray());
        Assert.Equal(2, edge.GetProperty("weight").GetInt32());
        Assert.Equal(0, before.GetProperty("report").GetProperty("interactions").GetInt32());
        Assert.Equal(added, before.GetProperty("report").GetProperty("seq").GetInt64());
    }

    [Fact]
    public async Task ParticipantsSeeOnlyTheLabsAggregate()
    {
        await using var scene = await LabScene.StartAsync(Server, participants: 2);
        await scene.Participants[0].ApplyOkAsync("card.add", Payloads.AddCard("c1", "Bisogno"));
        await scene.Participants[1].ApplyOkAsync("comment.add", new { commentId = "m1", cardId = "c1", text = "Anche noi" });

        var summary = await Server.Api.GetAsync(scene.Joins[0].Token, $"api/labs/{scene.Lab.Id}/cohesion");

        Assert.Equal(1, summary.GetProperty("interactions").GetInt32());
        Assert.False(summary.TryGetProperty("report", out _));
        Assert.False(summary.TryGetProperty("enti", out _));
        Assert.False(summary.TryGetProperty("network", out _));
        var error = await Assert.ThrowsAsync<LabApiException>(() => Server.Api.GetAsync(scene.Joins[0].Token, $"api/labs/{scene.Lab.Id}/cohesion/network"));
        Assert.Equal((HttpStatusCode.Forbidden, "forbidden"), (error.StatusCode, error.Code));
    }

    [Fact]
    public async Task ParticipantsOfAnotherLabAndAnonymousCallersGetNothing()
    {
        await using var scene = await LabScene.StartAsync(Server, participants: 0);
        await using var other = await LabScene.StartAsync(Server, participants: 1);

        var stranger = await Assert.ThrowsAsync<LabApiException>(() => Server.Api.GetAsync(other.Joins[0].Token, $"api/labs/{scene.Lab.Id}/cohesion"));
        using var anonymous = await Server.Http.GetAsync($"api/labs/{scene.Lab.Id}/cohesion");

        Assert.Equal((HttpStatusCode.Forbidden, "forbidden"), (stranger.StatusCode, stranger.Code));
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
    }

    [Theory]
    [InlineData("cohesion?seq=-1", "seq_out_of_range")]
    [InlineData("cohesion?seq=999999", "seq_out_of_range")]
    [InlineData("cohesion?k=0", "bad_request")]
    [InlineData("cohesion/network?format=pdf", "bad_request")]
    public async Task BadCohesionRequestsGetAClearError(string path, string code)
    {
        await using var scene = await LabScene.StartAsync(Server, participants: 0);
        var staff = await Server.StaffTokenAsync(LabServer.Facilitator);

        var error = await Assert.ThrowsAsync<LabApiException>(() => Server.Api.GetAsync(staff, $"api/labs/{scene.Lab.Id}/{path}"));

        Assert.Equal((HttpStatusCode.BadRequest, code), (error.StatusCode, error.Code));
    }

    [Fact]
    public async Task NetworkExportsAsEdgeListAndGexf()
    {
        await using var scene = await LabScene.StartAsync(Server, participants: 2);
        await scene.Participants[0].ApplyOkAsync("card.add", Payloads.AddCard("c1", "Bisogno"));
        await scene.Participants[1].ApplyOkAsync("comment.add", new { commentId = "m1", cardId = "c1", text = "Anche noi" });
        var staff = await Server.StaffTokenAsync(LabServer.Facilitator);

        var csv = Encoding.UTF8.GetString(await GetBytesAsync(staff, $"api/labs/{scene.Lab.Id}/cohesion/network?format=csv")).TrimStart('\uFEFF');
        var gexf = XDocument.Parse(Encoding.UTF8.GetString(await GetBytesAsync(staff, $"api/labs/{scene.Lab.Id}/cohesion/network?format=gexf")));

        var rows = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, rows.Length);
        Assert.Equal(["1", "person", "Partecipante A", "Partecipante B"], [.. rows[1].Split(';')[2..4], .. rows[1].Split(';')[4..].Order(StringComparer.Ordinal)]);
        XNamespace ns = NetworkGexf.Namespace;
        Assert.Equal(["Partecipante A", "Partecipante B"], gexf.Descendants(ns + "node").Select(n => (string)n.Attribute("label")!).Order(StringComparer.Ordinal));
        Assert.Equal("1", (string)gexf.Descendants(ns + "edge").Single().Attribute("weight")!);
    }

    [Fact]
    public async Task EveryMemberReadsThePianoDelleAzioni()
    {
        await using var scene = await LabScene.StartAsync(Server, participants: 2);
        await scene.Participants[0].ApplyOkAsync("card.add", Payloads.AddCard("n1", "Casa per tutti"));
        await scene.Participants[0].ApplyOkAsync("card.add", Payloads.AddCard("a1", "Sportello casa", "azioni"));
        await scene.Participants[1].ApplyOkAsync("link.add", new { linkId = "l1", from = "n1", to = "a1" });
        await scene.Participants[0].ApplyOkAsync("action.deadline", new { cardId = "a1", deadline = "2026-01-31" });
        await scene.Participants[0].ApplyOkAsync("action.status", new { cardId = "a1", status = "in_corso" });

        var plan = await Server.Api.GetAsync(scene.Joins[1].Token, $"api/labs/{scene.Lab.Id}/actions?today=2026-02-01");
        var md = Encoding.UTF8.GetString(await GetBytesAsync(scene.Joins[1].Token, $"api/labs/{scene.Lab.Id}/actions?format=md&today=2026-02-01"));
        var bad = await Assert.ThrowsAsync<LabApiException>(() => Server.Api.GetAsync(scene.Joins[1].Token, $"api/labs/{scene.Lab.Id}/actions?today=domani"));

        var action = Assert.Single(plan.GetProperty("actions").EnumerateArray());
        Assert.Equal(("Sportello casa", "in_corso", true), (action.GetProperty("text").GetString(), action.GetProperty("status").GetString(), action.GetProperty("overdue").GetBoolean()));
        Assert.Equal("Casa per tutti", action.GetProperty("needs")[0].GetString());
        Assert.Contains("## Sportello casa", md, StringComparison.Ordinal);
        Assert.Contains("- Stato: In corso — **scaduta**", md, StringComparison.Ordinal);
        Assert.Equal((HttpStatusCode.BadRequest, "deadline_invalid"), (bad.StatusCode, bad.Code));
    }

    private async Task<byte[]> GetBytesAsync(string token, string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await Server.Http.SendAsync(request);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadAsByteArrayAsync();
    }
}
