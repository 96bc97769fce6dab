using System.Net;
using Laboratori.Tests.Accounts;
using Laboratori.Tests.Support;
using Laboratori.Tests.Web;

namespace Laboratori.Tests.Attendance;

/// <summary>The privacy notice comes from configuration, is checked at start-up, and every join acknowledges its version.</summary>
public sealed class PrivacyNoticeTests
{
    private static readonly Dictionary<string, string?> Configured = new()
    {
        ["Privacy:Version"] = "2027-01",
        ["Privacy:Controller"] = "Comune di Lucca — Ufficio di Piano",
        ["Privacy:Address"] = "Via Santa Giustina 6, Lucca",
        ["Privacy:Email"] = "privacy@comune.lucca.example",
        ["Privacy:DpoEmail"] = "rpd@comune.lucca.example",
        ["Retention:Period"] = "180.00:00:00",
    };

    [Fact]
    public async Task TheNoticeShowsTheConfiguredControllerInItalianAndEnglish()
    {
        await using var server = new LabServer(Configured);

        var notice = await ApiCall.SendAsync(server.Http, HttpMethod.Get, "/api/privacy");

        Assert.Equal(HttpStatusCode.OK, notice.Status);
        var body = notice.Body;
        Assert.Equal(
            ("2027-01", "Comune di Lucca — Ufficio di Piano", "Via Santa Giustina 6, Lucca", "privacy@comune.lucca.example", "rpd@comune.lucca.example", 180),
            (body.GetProperty("version").GetString(), body.GetProperty("controller").GetString(), body.GetProperty("address").GetString(),
             body.GetProperty("email").GetString(), body.GetProperty("dpoEmail").GetString(), body.GetProperty("retentionDays").GetInt32()));
        Assert.Contains("180 giorni", body.GetProperty("it").GetProperty("retention").GetString(), StringComparison.Ordinal);
        Assert.Contains("180 days", body.GetProperty("en").GetProperty("retention").GetString(), StringComparison.Ordinal);
        Assert.Contains("interesse pubblico", body.GetProperty("it").GetProperty("legalBasis").GetString(), StringComparison.Ordinal);
        Assert.Contains("public interest", body.GetProperty("en").GetProperty("legalBasis").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AJoinWithoutTheNoticeOrWithAnOlderOneIsRefusedAndChangesNothingAndAJoinRecordsTheVersionRead()
    {
        await using var server = new LabServer(Configured);
        var staff = await server.StaffTokenAsync(LabServer.Facilitator);
        var lab = await server.Api.CreateLabAsync(staff, "Informativa");

        var none = await Join(server, lab.JoinCode, null);
        Assert.Equal((HttpStatusCode.BadRequest, "privacy_required"), (none.Status, none.Code));
        var older = await Join(server, lab.JoinCode, PrivacyVersion.Current);
        Assert.Equal((HttpStatusCode.Conflict, "privacy_outdated"), (older.Status, older.Code));
        Assert.Empty((await ApiCall.SendAsync(server.Http, HttpMethod.Get, $"/api/labs/{lab.Id}/adesioni", staff)).Body.EnumerateArray());

        var joined = await Join(server, lab.JoinCode, "2027-01");
        Assert.Equal(HttpStatusCode.OK, joined.Status);
        var token = joined.Body.GetProperty("token").GetString();
        var mine = await ApiCall.SendAsync(server.Http, HttpMethod.Get, "/api/me/data", token);
        var acknowledged = Assert.Single(mine.Body.GetProperty("privacy").EnumerateArray());
        Assert.Equal((joined.Body.GetProperty("participantId").GetString(), "2027-01"), (acknowledged.GetProperty("memberId").GetString(), acknowledged.GetProperty("version").GetString()));
        Assert.InRange(acknowledged.GetProperty("at").GetDateTimeOffset(), DateTimeOffset.UtcNow.AddMinutes(-10), DateTimeOffset.UtcNow.AddMinutes(1));
    }

    [Theory]
    [InlineData("Privacy:Email", "non è un indirizzo")]
    [InlineData("Privacy:Controller", "")]
    [InlineData("Privacy:Version", "una versione con spazi")]
    [InlineData("Retention:Period", "00:00:00")]
    public async Task ANodeDoesNotStartWithABadNotice(string key, string value)
    {
        var error = await Assert.ThrowsAnyAsync<Exception>(async () =>
        {
            await using var server = new LabServer(new Dictionary<string, string?> { [key] = value });
        });
        Assert.Contains(key.Split(':')[0], Describe(error), StringComparison.Ordinal);
    }

    private static string Describe(Exception error) => error.InnerException is { } inner ? error.Message + " " + Describe(inner) : error.Message;

    private static Task<ApiCall> Join(LabServer server, string code, string? version) =>
        ApiCall.SendAsync(server.Http, HttpMethod.Post, "/api/join", null,
            version is null
                ? new { code, displayName = "Lucia Bianchi", organisation = "Comune di Lucca", sector = "ente_pubblico" }
                : (object)new { code, displayName = "Lucia Bianchi", organisation = "Comune di Lucca", sector = "ente_pubblico", privacyVersion = version });
}
