using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Laboratori.LoadTest.Client;

namespace Laboratori.Tests.Web;

[Collection(LabServerCollection.Name)]
public sealed class RestApiTests(LabServerFixture fixture)
{
    private LabServer Server => fixture.Server;

    [Fact]
    public async Task TheCanvasNowHoldsTheCardsAndHistoryAtASeqIsForStaffOnly()
    {
        await using var scene = await LabScene.StartAsync(Server, participants: 1);
        var participantToken = scene.Joins[0].Token;
        var staffToken = await Server.StaffTokenAsync(LabServer.Facilitator);
        var seqs = new List<long>();
        foreach (var id in new[] { "k1", "k2", "k3" })
        {
            seqs.Add(await scene.Participants[0].ApplyOkAsync("card.add", Payloads.AddCard(id, "Scheda " + id)));
        }

        var now = await Server.Api.GetAsync(participantToken, $"api/labs/{scene.Lab.Id}/canvas");
        var refused = await Assert.ThrowsAsync<LabApiException>(() => Server.Api.GetAsync(participantToken, $"api/labs/{scene.Lab.Id}/canvas?seq={seqs[1]}"));
        var then = await Server.Api.GetAsync(staffToken, $"api/labs/{scene.Lab.Id}/canvas?seq={seqs[1]}");

        Assert.Equal(seqs[2], now.GetProperty("seq").GetInt64());
        Assert.Equal(["k1", "k2", "k3"], CardIds(now));
        Assert.Equal("Scheda k2", now.GetProperty("state").GetProperty("cards").GetProperty("k2").GetProperty("text").GetString());
        Assert.Equal((HttpStatusCode.Forbidden, "forbidden"), (refused.StatusCode, refused.Code));
        Assert.Equal(seqs[1], then.GetProperty("seq").GetInt64());
        Assert.Equal(["k1", "k2"], CardIds(then));
    }

    [Fact]
    public async Task EventsArePagedAfterASeqWithALimit()
    {
        await using var scene = await LabScene.StartAsync(Server, participants: 1);
        var token = scene.Joins[0].Token;
        var last = 0L;
        for (var i = 0; i < 5; i++)
        {
            last = await scene.Participants[0].ApplyOkAsync("card.add", Payloads.AddCard($"e{i}", "Evento"));
        }

        var page = await Server.Api.GetAsync(token, $"api/labs/{scene.Lab.Id}/events?after={last - 4}&limit=2");
        var tail = await Server.Api.GetAsync(token, $"api/labs/{scene.Lab.Id}/events?after={last - 2}&limit=10");
        var bad = await Assert.ThrowsAsync<LabApiException>(() => Server.Api.GetAsync(token, $"api/labs/{scene.Lab.Id}/events?after=0&limit=0"));

        Assert.Equal([last - 3, last - 2], Seqs(page));
        Assert.True(page.GetProperty("hasMore").GetBoolean());
        Assert.Equal(last, page.GetProperty("lastSeq").GetInt64());
        Assert.Equal([last - 1, last], Seqs(tail));
        Assert.False(tail.GetProperty("hasMore").GetBoolean());
        Assert.Equal((HttpStatusCode.BadRequest, "seq_out_of_range"), (bad.StatusCode, bad.Code));
    }

    [Theory]
    [InlineData("22222-22222")]
    [InlineData("non-un-codice")]
    [InlineData("")]
    public async Task JoiningWithABadCodeIsNotFound(string code)
    {
        var refused = await Assert.ThrowsAsync<LabApiException>(() => Server.Api.JoinAsync(code, "Qualcuno"));

        Assert.Equal((HttpStatusCode.NotFound, "join_code_invalid"), (refused.StatusCode, refused.Code));
    }

    [Fact]
    public async Task AParticipantCannotReadAnotherLab()
    {
        await using var x = await LabScene.StartAsync(Server, participants: 1, phase: null);
        await using var y = await LabScene.StartAsync(Server, participants: 0, phase: null);

        var refused = await Assert.ThrowsAsync<LabApiException>(() => Server.Api.GetAsync(x.Joins[0].Token, $"api/labs/{y.Lab.Id}/canvas"));
        using var anonymous = await Server.Http.GetAsync(new Uri($"api/labs/{y.Lab.Id}/canvas", UriKind.Relative));

        Assert.Equal((HttpStatusCode.Forbidden, "forbidden"), (refused.StatusCode, refused.Code));
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
    }

    [Fact]
    public async Task OnlyFacilitatorsCreateLabs()
    {
        var trainer = await Server.StaffTokenAsync(LabServer.Trainer);
        var wrongPassword = await Assert.ThrowsAsync<LabApiException>(() => Server.Api.LoginAsync(LabServer.Facilitator, "sbagliata"));
        var refused = await Assert.ThrowsAsync<LabApiException>(() => Server.Api.CreateLabAsync(trainer, "Non mio"));

        Assert.Equal((HttpStatusCode.Unauthorized, "login_failed"), (wrongPassword.StatusCode, wrongPassword.Code));
        Assert.Equal((HttpStatusCode.Forbidden, "forbidden"), (refused.StatusCode, refused.Code));
    }

    private static string[] CardIds(JsonElement snapshot) =>
        [.. snapshot.GetProperty("state").GetProperty("cards").EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal)];

    private static long[] Seqs(JsonElement page) => [.. page.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("seq").GetInt64())];
}
