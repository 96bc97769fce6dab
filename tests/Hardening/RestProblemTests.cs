using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Laboratori.Tests.Web;

namespace Laboratori.Tests.Hardening;

/// <summary>Every REST error is a problem with a documented code and both messages, whoever answers it; no input makes a 500.</summary>
[Collection(LabServerCollection.Name)]
public sealed class RestProblemTests(LabServerFixture fixture)
{
    private LabServer Server => fixture.Server;

    [Theory]
    [InlineData("GET", "api/labs", null, null, HttpStatusCode.Unauthorized, "unauthorized")]
    [InlineData("GET", "api/no/such/thing", "staff", null, HttpStatusCode.NotFound, "not_found")]
    [InlineData("GET", "api", "staff", null, HttpStatusCode.NotFound, "not_found")]
    [InlineData("DELETE", "api/labs", "staff", null, HttpStatusCode.MethodNotAllowed, "method_not_allowed")]
    [InlineData("POST", "api/labs", "staff", "text/plain", HttpStatusCode.UnsupportedMediaType, "unsupported_media_type")]
    [InlineData("POST", "api/labs", "staff", "{ not json", HttpStatusCode.BadRequest, "bad_request")]
    [InlineData("POST", "api/labs", "staff", "[1,2]", HttpStatusCode.BadRequest, "bad_request")]
    [InlineData("POST", "api/join", null, "{\"code\":12}", HttpStatusCode.BadRequest, "bad_request")]
    [InlineData("GET", "api/labs/lab-x/events?after=uno", "staff", null, HttpStatusCode.BadRequest, "bad_request")]
    public async Task FrameworkErrorsAreProblemsWithACode(string method, string path, string? who, string? body, HttpStatusCode status, string code)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (who is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await Server.StaffTokenAsync(LabServer.Facilitator));
        }

        if (body is not null)
        {
            request.Content = body == "text/plain" ? new StringContent("ciao", Encoding.UTF8, "text/plain") : new StringContent(body, Encoding.UTF8, "application/json");
        }

        using var response = await Server.Http.SendAsync(request);

        await AssertProblemAsync(response, status, code);
    }

    [Theory]
    [InlineData("null")]
    [InlineData("[]")]
    [InlineData("123")]
    [InlineData("true")]
    [InlineData("{\"formatVersion\":\"1\"}")]
    [InlineData("{\"formatVersion\":1}")]
    public async Task AnImportThatIsNotALogIsImportInvalid(string body)
    {
        using var response = await PostAsync("api/labs/import", body);

        await AssertProblemAsync(response, HttpStatusCode.BadRequest, "import_invalid");
    }

    [Theory]
    [InlineData("history/state?at=9999-12-31T23:59:59.999Z")]
    [InlineData("history/state?at=0001-01-01T00:00:00Z")]
    [InlineData("export/synthesis?at=9999-12-31T23:59:59.999Z")]
    [InlineData("export/synthesis?at=9999-12-31T23:59:59.9999999Z")]
    public async Task ExtremeTimesAnswerTheLabAtThatTime(string query)
    {
        await using var scene = await LabScene.StartAsync(Server, participants: 1);
        using var request = new HttpRequestMessage(HttpMethod.Get, $"api/labs/{scene.Lab.Id}/{query}");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await Server.StaffTokenAsync(LabServer.Facilitator));

        using var response = await Server.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("99")]
    [InlineData("3")]
    [InlineData("Altro")]
    public async Task ASectorThatIsNotANameIsRefused(string sector)
    {
        await using var scene = await LabScene.StartAsync(Server, participants: 0, phase: null);

        using var response = await Server.Http.PostAsync("api/join", Json(new { code = scene.Lab.JoinCode, displayName = "Anna", organisation = "", sector, privacyVersion = Laboratori.Tests.Support.PrivacyVersion.Current }));

        await AssertProblemAsync(response, HttpStatusCode.BadRequest, "bad_request");
    }

    [Fact]
    public async Task AnAnonymousCardHasNoOrganisationInTheSynthesis()
    {
        await using var scene = await LabScene.StartAsync(Server, participants: 1);
        await scene.Facilitator.ApplyOkAsync("lab.anonymous", new { enabled = true });
        await scene.Participants[0].ApplyOkAsync("card.add", Payloads.AddCard("anon-c", "Senza nome"));

        var grid = await Server.Api.GetAsync(await Server.StaffTokenAsync(LabServer.Facilitator), $"api/labs/{scene.Lab.Id}/export/synthesis");

        var card = grid.GetProperty("rows").EnumerateArray().SelectMany(r => r.GetProperty("cards").EnumerateArray()).Single(c => c.GetProperty("id").GetString() == "anon-c");
        Assert.Equal(JsonValueKind.Null, card.GetProperty("organisation").ValueKind);
        Assert.Equal(JsonValueKind.Null, card.GetProperty("sector").ValueKind);
    }

    [Fact]
    public async Task ThirtyPeopleBehindOneAddressJoinWithinAMinuteUnderTheDefaultLimits()
    {
        await using var server = new LabServer(new Dictionary<string, string?>
        {
            // The documented defaults, which the shared test node raises.
            ["Limits:JoinAttemptsPerMinute"] = "120",
            ["Limits:ParticipantJoinsPerLabPerMinute"] = "300",
        });
        var lab = await server.Api.CreateLabAsync(await server.StaffTokenAsync(LabServer.Facilitator), "Classe");

        var joined = new List<string>();
        for (var i = 0; i < 30; i++)
        {
            joined.Add((await server.Api.JoinAsync(lab.JoinCode, $"Persona {i}")).ParticipantId);
        }

        Assert.Equal(30, joined.Distinct().Count());
        Assert.Equal(HttpStatusCode.OK, (await server.Http.PostAsync("api/auth/login", Json(new { userName = LabServer.Facilitator, password = LabServer.Facilitator }))).StatusCode);
    }

    private async Task<HttpResponseMessage> PostAsync(string path, string body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await Server.StaffTokenAsync(LabServer.Facilitator));
        return await Server.Http.SendAsync(request);
    }

    private static StringContent Json(object value) => new(JsonSerializer.Serialize(value), Encoding.UTF8, "application/json");

    internal static async Task AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status, string code)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(status == response.StatusCode, $"{(int)response.StatusCode}: {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(text);
        Assert.Equal(code, problem.RootElement.GetProperty("code").GetString());
        Assert.False(string.IsNullOrWhiteSpace(problem.RootElement.GetProperty("message").GetString()));
        Assert.False(string.IsNullOrWhiteSpace(problem.RootElement.GetProperty("messageEn").GetString()));
    }
}
