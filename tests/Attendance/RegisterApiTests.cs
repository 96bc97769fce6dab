using System.Net;
using System.Text.Json;
using Laboratori.Tests.Accounts;
using Laboratori.Web.Attendance;

namespace Laboratori.Tests.Attendance;

/// <summary>The roll call over REST: who may take it, when, what each change records, and bad marks refused without a trace.</summary>
public sealed class RegisterApiTests(AccountServerFixture fixture) : IClassFixture<AccountServerFixture>
{
    private AccountServer Server => fixture.Server;

    [Fact]
    public async Task FacilitatorAndTutorTakeTheRollCallAndEveryChangeIsKeptWithItsAuthor()
    {
        var (s, today, _) = await TodayAsync("rg1");
        var facilitator = await Server.TokenAsync(s.Facilitator, AccountServer.GoodPassword);
        var tutor = await Server.TokenAsync(s.Tutor, AccountServer.GoodPassword);
        var trainer = await Server.TokenAsync(s.Trainer, AccountServer.GoodPassword);
        var lucia = await AddAsync(s.Lab, facilitator, "Lucia Bianchi");
        var ugo = await AddAsync(s.Lab, facilitator, "Ugo Sala");

        var before = await Server.CallAsync(HttpMethod.Get, $"/api/incontri/{today}/register", tutor);
        Assert.Equal(HttpStatusCode.OK, before.Status);
        Assert.True(before.Body.GetProperty("open").GetBoolean());
        Assert.Equal("Europe/Rome", before.Body.GetProperty("timeZone").GetString());
        Assert.Equal(["Lucia Bianchi", "Ugo Sala"], before.Body.GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("displayName").GetString()));
        Assert.All(before.Body.GetProperty("rows").EnumerateArray(), r => Assert.Equal(JsonValueKind.Null, r.GetProperty("status").ValueKind));

        var present = await Server.CallAsync(HttpMethod.Put, $"/api/incontri/{today}/register/{lucia}", facilitator, new { status = "presente" });
        Assert.Equal(HttpStatusCode.OK, present.Status);
        Assert.Equal(("presente", "00:00", "03:00", 3m), Row(present.Body));
        var late = await Server.CallAsync(HttpMethod.Put, $"/api/incontri/{today}/register/{ugo}", tutor, new { status = "ritardo", entry = "01:00" });
        Assert.Equal(("ritardo", "01:00", "03:00", 2m), Row(late.Body));
        Assert.Equal(s.Tutor + " Rossi", late.Body.GetProperty("markedBy").GetString());
        var corrected = await Server.CallAsync(HttpMethod.Put, $"/api/incontri/{today}/register/{ugo}", facilitator, new { status = "assente" });
        Assert.Equal(("assente", null, null, 0m), Row(corrected.Body));

        var marks = await Server.CallAsync(HttpMethod.Get, $"/api/incontri/{today}/register/marks", trainer);
        Assert.Equal(
            [(lucia, "presente"), (ugo, "ritardo"), (ugo, "assente")],
            marks.Body.EnumerateArray().Select(m => (m.GetProperty("memberId").GetString()!, m.GetProperty("status").GetString()!)));
        var authors = marks.Body.EnumerateArray().Select(m => m.GetProperty("authorId").GetString()).ToList();
        Assert.Equal(authors[0], authors[2]);
        Assert.NotEqual(authors[0], authors[1]);

        var register = await Server.CallAsync(HttpMethod.Get, $"/api/incontri/{today}/register", trainer);
        Assert.Equal(1, register.Body.GetProperty("present").GetInt32());
        Assert.Equal(2, register.Body.GetProperty("enrolled").GetInt32());
    }

    [Fact]
    public async Task BadMarksAndMarksOutsideTheIncontroAreRefusedAndChangeNothing()
    {
        var (s, today, nextWeek) = await TodayAsync("rg2");
        var facilitator = await Server.TokenAsync(s.Facilitator, AccountServer.GoodPassword);
        var trainer = await Server.TokenAsync(s.Trainer, AccountServer.GoodPassword);
        var lucia = await AddAsync(s.Lab, facilitator, "Lucia Bianchi");

        var cases = new (string Path, string Token, object Body, HttpStatusCode Status, string Code)[]
        {
            ($"/api/incontri/{nextWeek}/register/{lucia}", facilitator, new { status = "presente" }, HttpStatusCode.Conflict, "incontro_not_open"),
            ($"/api/incontri/{today}/register/{lucia}", facilitator, new { status = "forse" }, HttpStatusCode.BadRequest, "register_status_invalid"),
            ($"/api/incontri/{today}/register/{lucia}", facilitator, new { status = (string?)null }, HttpStatusCode.BadRequest, "register_status_invalid"),
            ($"/api/incontri/{today}/register/{lucia}", facilitator, new { status = "ritardo", entry = "25:00" }, HttpStatusCode.BadRequest, "register_time_invalid"),
            ($"/api/incontri/{today}/register/{lucia}", facilitator, new { status = "presente", entry = "02:00", exit = "01:00" }, HttpStatusCode.BadRequest, "register_time_invalid"),
            ($"/api/incontri/{today}/register/p-sconosciuto", facilitator, new { status = "presente" }, HttpStatusCode.NotFound, "adherent_not_found"),
            ($"/api/incontri/i-nessuno/register/{lucia}", facilitator, new { status = "presente" }, HttpStatusCode.NotFound, "incontro_not_found"),
            ($"/api/incontri/{today}/register/{lucia}", trainer, new { status = "presente" }, HttpStatusCode.Forbidden, "forbidden"),
        };
        foreach (var (path, token, body, status, code) in cases)
        {
            var call = await Server.CallAsync(HttpMethod.Put, path, token, body);
            Assert.True((status, code) == (call.Status, call.Code), $"{path} {JsonSerializer.Serialize(body)}: {(int)call.Status} {call.Code}");
        }

        Assert.Empty((await Server.CallAsync(HttpMethod.Get, $"/api/incontri/{today}/register/marks", facilitator)).Body.EnumerateArray());
        Assert.Empty((await Server.CallAsync(HttpMethod.Get, $"/api/incontri/{nextWeek}/register/marks", facilitator)).Body.EnumerateArray());
        Assert.False((await Server.CallAsync(HttpMethod.Get, $"/api/incontri/{nextWeek}/register", facilitator)).Body.GetProperty("open").GetBoolean());
        var other = await Structure.CreateAsync(Server, "rg2b");
        var stranger = await Server.TokenAsync(other.Facilitator, AccountServer.GoodPassword);
        Assert.Equal(HttpStatusCode.Forbidden, (await Server.CallAsync(HttpMethod.Get, $"/api/incontri/{today}/register", stranger)).Status);
    }

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;

    private static (string?, string?, string?, decimal) Row(JsonElement row) =>
        (row.GetProperty("status").GetString(), row.GetProperty("entry").GetString(), row.GetProperty("exit").GetString(), row.GetProperty("hours").GetDecimal());

    private async Task<string> AddAsync(string lab, string token, string name)
    {
        var added = await Server.CallAsync(HttpMethod.Post, $"/api/labs/{lab}/adesioni", token, new { displayName = name });
        Assert.Equal(HttpStatusCode.Created, added.Status);
        return added.Body.GetProperty("memberId").GetString()!;
    }

    /// <summary>A structure whose edizione runs around today, with an incontro today 00:00–03:00 (Rome: open all day) and one next week.</summary>
    private async Task<(Structure S, string Today, string NextWeek)> TodayAsync(string prefix)
    {
        var s = await Structure.CreateAsync(Server, prefix);
        var coordinator = await Server.TokenAsync(s.Coordinator, AccountServer.GoodPassword);
        var today = DateOnly.FromDateTime(AttendanceClock.Local(DateTimeOffset.UtcNow).DateTime);
        await Structure.Expect(Server, HttpStatusCode.OK, HttpMethod.Put, $"/api/programmes/{s.Programme}", coordinator, new
        {
            title = "Innovazione e inclusione sociale " + prefix, fund = "fse_plus", cup = "J11B17000010009", startDate = Min(new DateOnly(2026, 1, 1), today.AddDays(-60)), endDate = Max(new DateOnly(2026, 12, 31), today.AddDays(60)), ownerBody = "Regione Toscana",
        });
        await Structure.Expect(Server, HttpStatusCode.OK, HttpMethod.Put, $"/api/edizioni/{s.Edizione}", coordinator, new { sedeId = "firenze", startDate = today.AddDays(-30), endDate = today.AddDays(30) });
        var now = await Structure.Expect(Server, HttpStatusCode.Created, HttpMethod.Post, $"/api/labs/{s.Lab}/incontri", coordinator,
            new { date = today, start = "00:00", end = "03:00", plannedHours = 3, mode = "presenza", sedeId = "firenze" });
        var later = await Structure.Expect(Server, HttpStatusCode.Created, HttpMethod.Post, $"/api/labs/{s.Lab}/incontri", coordinator,
            new { date = today.AddDays(7), start = "09:00", end = "12:00", plannedHours = 3, mode = "presenza", sedeId = "firenze" });
        return (s, now.GetProperty("id").GetString()!, later.GetProperty("id").GetString()!);
    }
}
