using System.Net;

namespace Laboratori.Tests.Accounts;

/// <summary>Bad input to the programme structure: a documented code, and nothing changes.</summary>
public sealed class ProgrammeInputTests(AccountServerFixture fixture) : IClassFixture<AccountServerFixture>
{
    [Fact]
    public async Task BadInputGetsItsCodeAndChangesNothing()
    {
        var server = fixture.Server;
        var s = await Structure.CreateAsync(server, "input");
        var other = await Structure.CreateAsync(server, "altro");
        var token = await server.TokenAsync(s.Coordinator, AccountServer.GoodPassword);
        await Structure.Expect(server, HttpStatusCode.Created, HttpMethod.Post, $"/api/labs/{s.Lab}/incontri", token,
            new { date = "2026-02-10", start = "09:00", end = "12:00", mode = "presenza", sedeId = "firenze" });
        var before = (await server.CallAsync(HttpMethod.Get, $"/api/programmes/{s.Programme}", token)).Body.GetRawText();
        var programme = (string? fund, string? cup, string start, string end) => new { title = "P", fund, cup, startDate = start, endDate = end };

        var cases = new (HttpMethod Method, string Path, object Body, string Code, int Status)[]
        {
            (HttpMethod.Post, "/api/programmes", programme("fse_plus", null, "2026-12-31", "2026-01-01"), "dates_invalid", 400),
            (HttpMethod.Post, "/api/programmes", programme("lotteria", null, "2026-01-01", "2026-12-31"), "fund_unknown", 400),
            (HttpMethod.Post, "/api/programmes", programme("pnrr", "ABC", "2026-01-01", "2026-12-31"), "cup_invalid", 400),
            (HttpMethod.Put, $"/api/programmes/{s.Programme}", programme("pon", null, "2026-03-01", "2026-12-31"), "dates_invalid", 400),
            (HttpMethod.Put, $"/api/programmes/{other.Programme}", programme("pon", null, "2026-01-01", "2026-12-31"), "forbidden", 403),
            (HttpMethod.Put, "/api/programmes/prg-sconosciuto", programme("pon", null, "2026-01-01", "2026-12-31"), "programme_not_found", 404),
            (HttpMethod.Post, $"/api/programmes/{s.Programme}/percorsi", new { title = "Ore negative", plannedHours = -4 }, "hours_invalid", 400),
            (HttpMethod.Post, $"/api/programmes/{s.Programme}/percorsi", new { title = "Soglia", certificateThreshold = 140 }, "threshold_invalid", 400),
            (HttpMethod.Post, $"/api/programmes/{s.Programme}/percorsi", new { title = "" }, "text_empty", 400),
            (HttpMethod.Put, "/api/percorsi/prc-sconosciuto", new { title = "X" }, "percorso_not_found", 404),
            (HttpMethod.Post, $"/api/percorsi/{s.Percorso}/edizioni", new { sedeId = "milano", startDate = "2026-02-01", endDate = "2026-03-01" }, "sede_unknown", 400),
            (HttpMethod.Post, $"/api/percorsi/{s.Percorso}/edizioni", new { sedeId = "siena", startDate = "2026-11-01", endDate = "2027-02-01" }, "dates_invalid", 400),
            (HttpMethod.Post, $"/api/percorsi/{s.Percorso}/edizioni", new { sedeId = "siena", startDate = "2026-05-01", endDate = "2026-04-01" }, "dates_invalid", 400),
            (HttpMethod.Post, $"/api/percorsi/{other.Percorso}/edizioni", new { sedeId = "siena", startDate = "2026-02-01", endDate = "2026-03-01" }, "forbidden", 403),
            (HttpMethod.Post, "/api/edizioni/edz-sconosciuta/labs", new { title = "X" }, "edizione_not_found", 404),
            (HttpMethod.Post, $"/api/programmes/{s.Programme}/staff", new { userId = "staff-input.facil", role = "facilitator", edizioneId = other.Edizione }, "other_programme", 400),
            (HttpMethod.Post, $"/api/programmes/{s.Programme}/staff", new { userId = "staff-nessuno", role = "trainer" }, "account_not_found", 404),
            (HttpMethod.Post, $"/api/labs/{s.Lab}/incontri", new { date = "2026-02-10", start = "11:00", end = "13:00" }, "dates_overlap", 409),
            (HttpMethod.Post, $"/api/labs/{s.Lab}/incontri", new { date = "2026-02-11", start = "13:00", end = "11:00" }, "dates_invalid", 400),
            (HttpMethod.Post, $"/api/labs/{s.Lab}/incontri", new { date = "2026-06-11", start = "09:00", end = "11:00" }, "dates_invalid", 400),
            (HttpMethod.Post, $"/api/labs/{s.Lab}/incontri", new { date = "2026-02-12", start = "09:00", end = "11:00", plannedHours = -1 }, "hours_invalid", 400),
            (HttpMethod.Post, $"/api/labs/{s.Lab}/incontri", new { date = "2026-02-12", start = "09:00", end = "11:00", mode = "teletrasporto" }, "mode_unknown", 400),
            (HttpMethod.Put, $"/api/labs/{s.Lab}/incontri/inc-sconosciuto", new { date = "2026-02-12", start = "09:00", end = "11:00" }, "incontro_not_found", 404),
            (HttpMethod.Put, $"/api/labs/{s.Lab}/placement", new { edizioneId = other.Edizione }, "forbidden", 403),
            (HttpMethod.Put, $"/api/labs/{s.Lab}", new { title = " ", theme = "Abitare" }, "text_empty", 400),
            (HttpMethod.Put, $"/api/labs/{s.Lab}", new { title = "Titolo", mandate = new string('m', 5_000) }, "text_too_long", 400),
            (HttpMethod.Put, $"/api/labs/{other.Lab}", new { title = "Di un altro programma" }, "forbidden", 403),
            (HttpMethod.Put, "/api/labs/lab-sconosciuto", new { title = "X" }, "lab_not_found", 404),
        };

        var outcomes = new List<string>();
        foreach (var (method, path, body, _, _) in cases)
        {
            var call = await server.CallAsync(method, path, token, body);
            outcomes.Add($"{method} {path}: {(int)call.Status} {call.Code}");
        }

        Assert.Equal(cases.Select(c => $"{c.Method} {c.Path}: {c.Status} {c.Code}"), outcomes);
        Assert.Equal(before, (await server.CallAsync(HttpMethod.Get, $"/api/programmes/{s.Programme}", token)).Body.GetRawText());
    }

    [Fact]
    public async Task AnEdizioneWithAnActiveLabCannotBeDeletedButCanBeArchived()
    {
        var server = fixture.Server;
        var s = await Structure.CreateAsync(server, "elimina");
        var token = await server.TokenAsync(s.Coordinator, AccountServer.GoodPassword);
        var code = (await server.CallAsync(HttpMethod.Get, $"/api/labs/{s.Lab}/join-code", token)).Body.GetProperty("joinCode").GetString();
        await server.CallAsync(HttpMethod.Post, "/api/join", null, new { code, displayName = "Bruno Neri", privacyVersion = Laboratori.Tests.Support.PrivacyVersion.Current });

        var refused = await server.CallAsync(HttpMethod.Delete, $"/api/edizioni/{s.Edizione}", token);
        var refusedProgramme = await server.CallAsync(HttpMethod.Delete, $"/api/programmes/{s.Programme}", token);
        var archived = await server.CallAsync(HttpMethod.Post, $"/api/edizioni/{s.Edizione}/archive", token, new { archived = true });
        var emptyDeleted = await server.CallAsync(HttpMethod.Delete, $"/api/edizioni/{s.OtherEdizione}", token);
        var detail = (await server.CallAsync(HttpMethod.Get, $"/api/programmes/{s.Programme}", token)).Body;

        Assert.Equal(("has_lab_activity", HttpStatusCode.Conflict), (refused.Code, refused.Status));
        Assert.Equal("has_lab_activity", refusedProgramme.Code);
        Assert.Equal(HttpStatusCode.NoContent, archived.Status);
        Assert.Equal(HttpStatusCode.NoContent, emptyDeleted.Status);
        var edizione = Assert.Single(detail.GetProperty("edizioni").EnumerateArray());
        Assert.Equal((s.Edizione, true), (edizione.GetProperty("id").GetString(), edizione.GetProperty("archived").GetBoolean()));
        Assert.Equal([s.Lab], detail.GetProperty("labs").EnumerateArray().Select(l => l.GetProperty("id").GetString()!).ToArray());
    }
}
