using System.Net;
using Laboratori.Tests.Web;

namespace Laboratori.Tests.Accounts;

/// <summary>
/// Role × endpoint → status, over a real programme: who may read, change and run what. Two tables over the same roles:
/// the programme's own endpoints, then every other staff endpoint (sedi and the programme list, percorso and edizione
/// edits, archive, staff assignment, lab placement, incontro edits, the dashboard and its exports, the staff accounts,
/// <c>/api/auth/me</c> and the programme's work templates). Calls that would destroy what later rows need name things that do not exist: the roles
/// allowed to try get <c>404</c>, the others <c>403</c> before anything is looked up.
/// </summary>
public sealed class AccessMatrixTests(AccountServerFixture fixture) : IClassFixture<AccountServerFixture>
{
    /// <summary>
    /// The columns of every table: admin, coordinator, another coordinator, the facilitator of the first edizione, its
    /// tutor, the programme's trainer, a facilitator outside the programme, a participant of the first lab.
    /// </summary>
    private static readonly string[] Roles = ["admin", "coordinator", "otherCoordinator", "facilitator", "tutor", "trainer", "outsider", "participant"];

    [Fact]
    public async Task EveryRoleGetsExactlyTheStatusTheMatrixSays()
    {
        var (s, tokens) = await ProgrammeWithEveryRoleAsync("matrice");
        var programme = new { title = "Programma rinominato", fund = "fse_plus", startDate = "2026-01-01", endDate = "2026-12-31" };

        await AssertMatrixAsync(tokens,
        [
            (HttpMethod.Get, $"/api/programmes/{s.Programme}", _ => null, [200, 200, 403, 200, 200, 200, 403, 403]),
            (HttpMethod.Put, $"/api/programmes/{s.Programme}", _ => programme, [200, 200, 403, 403, 403, 403, 403, 403]),
            (HttpMethod.Post, $"/api/programmes/{s.Programme}/percorsi", i => new { title = $"Percorso {i}", plannedHours = 16 }, [201, 201, 403, 403, 403, 403, 403, 403]),
            (HttpMethod.Post, $"/api/edizioni/{s.Edizione}/labs", i => new { title = $"Lab {i}" }, [201, 201, 403, 201, 403, 403, 403, 403]),
            (HttpMethod.Get, $"/api/labs/{s.Lab}", _ => null, [200, 200, 403, 200, 200, 200, 403, 200]),
            (HttpMethod.Get, $"/api/labs/{s.OtherLab}", _ => null, [200, 200, 403, 403, 403, 200, 403, 403]),
            (HttpMethod.Get, $"/api/labs/{s.Lab}/join-code", _ => null, [200, 200, 403, 200, 403, 403, 403, 403]),
            (HttpMethod.Put, $"/api/labs/{s.Lab}", i => new { title = $"Abitare a Firenze {i}", theme = "Abitare", mandate = "" }, [200, 200, 403, 200, 403, 403, 403, 403]),
            (HttpMethod.Post, $"/api/labs/{s.Lab}/incontri", i => new { date = "2026-02-10", start = $"{8 + i:00}:00", end = $"{8 + i:00}:30", mode = "presenza", sedeId = "firenze" },
                [201, 201, 403, 201, 403, 403, 403, 403]),
            (HttpMethod.Get, $"/api/labs/{s.Lab}/incontri", _ => null, [200, 200, 403, 200, 200, 200, 403, 403]),
            (HttpMethod.Post, "/api/programmes", _ => programme, [201, 201, 201, 403, 403, 403, 403, 403]),
            (HttpMethod.Get, "/api/staff", _ => null, [200, 403, 403, 403, 403, 403, 403, 403]),
            (HttpMethod.Post, "/api/labs", i => new { title = $"Lab libero {i}" }, [201, 201, 201, 201, 403, 403, 201, 403]),
            (HttpMethod.Get, "/api/workspace", _ => null, [200, 200, 200, 200, 200, 200, 200, 403]),
            (HttpMethod.Delete, $"/api/programmes/{s.Programme}/staff/nessuno", _ => null, [404, 404, 403, 403, 403, 403, 403, 403]),
        ]);
    }

    [Fact]
    public async Task EveryOtherStaffEndpointAnswersEachRoleAsTheMatrixSays()
    {
        var (s, tokens) = await ProgrammeWithEveryRoleAsync("griglia");
        var percorso = new { title = "Insieme per Co-progettare", targetGroup = "Personale dei Piani di Zona", plannedHours = 12, certificateThreshold = 70 };
        var edizione = new { title = "Edizione di Pisa", sedeId = "pisa", startDate = "2026-04-01", endDate = "2026-05-31" };
        var incontro = new { date = "2026-02-10", start = "09:00", end = "12:00", mode = "presenza", sedeId = "firenze" };
        var dashboard = $"/api/programmes/{s.Programme}/dashboard";
        var template = new { name = "Traccia di prova", columns = new[] { new { name = "Bisogni", kind = "need" } } };

        await AssertMatrixAsync(tokens,
        [
            (HttpMethod.Get, "/api/sedi", _ => null, [200, 200, 200, 200, 200, 200, 200, 403]),
            (HttpMethod.Get, "/api/programmes", _ => null, [200, 200, 200, 200, 200, 200, 200, 403]),
            (HttpMethod.Put, $"/api/percorsi/{s.Percorso}", _ => percorso, [200, 200, 403, 403, 403, 403, 403, 403]),
            (HttpMethod.Post, $"/api/percorsi/{s.Percorso}/edizioni", i => new { sedeId = "siena", startDate = $"2026-06-{10 + i}", endDate = "2026-07-31" },
                [201, 201, 403, 403, 403, 403, 403, 403]),
            (HttpMethod.Put, $"/api/edizioni/{s.OtherEdizione}", _ => edizione, [200, 200, 403, 403, 403, 403, 403, 403]),
            (HttpMethod.Post, $"/api/programmes/{s.Programme}/archive", _ => new { archived = false }, [204, 204, 403, 403, 403, 403, 403, 403]),
            (HttpMethod.Post, $"/api/percorsi/{s.Percorso}/archive", _ => new { archived = false }, [204, 204, 403, 403, 403, 403, 403, 403]),
            (HttpMethod.Post, $"/api/edizioni/{s.OtherEdizione}/archive", _ => new { archived = false }, [204, 204, 403, 403, 403, 403, 403, 403]),
            (HttpMethod.Post, $"/api/programmes/{s.Programme}/staff", _ => new { userId = "staff-nessuno", role = "tutor", edizioneId = s.Edizione },
                [404, 404, 403, 403, 403, 403, 403, 403]),
            (HttpMethod.Put, $"/api/labs/{s.OtherLab}/placement", _ => new { edizioneId = s.OtherEdizione }, [204, 204, 403, 403, 403, 403, 403, 403]),
            (HttpMethod.Put, $"/api/labs/{s.Lab}/incontri/inc-nessuno", _ => incontro, [404, 404, 403, 404, 403, 403, 403, 403]),
            (HttpMethod.Delete, $"/api/labs/{s.Lab}/incontri/inc-nessuno", _ => null, [404, 404, 403, 404, 403, 403, 403, 403]),
            (HttpMethod.Get, dashboard, _ => null, [200, 200, 403, 403, 403, 200, 403, 403]),
            (HttpMethod.Get, $"{dashboard}/edizioni.csv", _ => null, [200, 200, 403, 403, 403, 200, 403, 403]),
            (HttpMethod.Get, $"{dashboard}/xlsx", _ => null, [200, 200, 403, 403, 403, 200, 403, 403]),
            (HttpMethod.Post, "/api/staff", i => new { userName = $"griglia.invito{i}", displayName = "Invito di prova", role = "tutor" }, [201, 403, 403, 403, 403, 403, 403, 403]),
            (HttpMethod.Get, $"/api/staff/staff-{s.Facilitator}", _ => null, [200, 403, 403, 403, 403, 403, 403, 403]),
            (HttpMethod.Post, "/api/staff/staff-nessuno/reset", _ => null, [404, 403, 403, 403, 403, 403, 403, 403]),
            (HttpMethod.Post, "/api/staff/staff-nessuno/disable", _ => new { disabled = true }, [404, 403, 403, 403, 403, 403, 403, 403]),
            (HttpMethod.Post, "/api/staff/staff-nessuno/revoke", _ => null, [404, 403, 403, 403, 403, 403, 403, 403]),
            (HttpMethod.Delete, "/api/staff/staff-nessuno", _ => null, [404, 403, 403, 403, 403, 403, 403, 403]),
            (HttpMethod.Get, "/api/auth/me", _ => null, [200, 200, 200, 200, 200, 200, 200, 200]),
            (HttpMethod.Get, $"/api/programmes/{s.Programme}/templates", _ => null, [200, 200, 403, 200, 200, 200, 403, 403]),
            (HttpMethod.Post, $"/api/programmes/{s.Programme}/templates", _ => template, [201, 201, 403, 403, 403, 403, 403, 403]),
            (HttpMethod.Get, $"/api/programmes/{s.Programme}/templates/tpl-nessuno", _ => null, [404, 404, 403, 404, 404, 404, 403, 403]),
            (HttpMethod.Post, $"/api/programmes/{s.Programme}/templates/tpl-nessuno/versions", _ => template, [404, 404, 403, 403, 403, 403, 403, 403]),
        ]);
    }

    [Fact]
    public async Task AFacilitatorSeesOnlyTheLabsOfTheirEdizioneAndStandaloneLabs()
    {
        var server = fixture.Server;
        var s = await Structure.CreateAsync(server, "vista");
        var token = await server.TokenAsync(s.Facilitator, AccountServer.GoodPassword);

        var labs = (await server.CallAsync(HttpMethod.Get, "/api/labs", token)).Body.EnumerateArray().Select(l => l.GetProperty("id").GetString()).ToList();
        var workspace = (await server.CallAsync(HttpMethod.Get, "/api/workspace", token)).Body;
        var programme = Assert.Single(workspace.GetProperty("programmes").EnumerateArray(), p => p.GetProperty("programme").GetProperty("id").GetString() == s.Programme);

        Assert.Contains(s.Lab, labs);
        Assert.DoesNotContain(s.OtherLab, labs);
        Assert.Equal([s.Lab], programme.GetProperty("labs").EnumerateArray().Select(l => l.GetProperty("id").GetString()!).ToArray());
        Assert.Equal([s.Edizione], programme.GetProperty("edizioni").EnumerateArray().Select(e => e.GetProperty("id").GetString()!).ToArray());
        Assert.False(programme.GetProperty("canManage").GetBoolean());
    }

    /// <summary>A programme (<see cref="Structure"/>) and a token for each of <see cref="Roles"/>.</summary>
    private async Task<(Structure Structure, Dictionary<string, string> Tokens)> ProgrammeWithEveryRoleAsync(string name)
    {
        var server = fixture.Server;
        var s = await Structure.CreateAsync(server, name);
        await server.ReadyAccountAsync($"{name}.altro", "coordinator");
        var coordinatorToken = await server.TokenAsync(s.Coordinator, AccountServer.GoodPassword);
        var code = (await Structure.Expect(server, HttpStatusCode.OK, HttpMethod.Get, $"/api/labs/{s.Lab}/join-code", coordinatorToken)).GetProperty("joinCode").GetString();
        var participant = (await server.CallAsync(HttpMethod.Post, "/api/join", null, new { code, displayName = "Anna Rossi", organisation = "Comune di Prato", sector = "ente_pubblico", privacyVersion = Laboratori.Tests.Support.PrivacyVersion.Current }))
            .Body.GetProperty("token").GetString()!;
        return (s, new Dictionary<string, string>
        {
            ["admin"] = await server.TokenAsync(AccountServer.Admin),
            ["coordinator"] = coordinatorToken,
            ["otherCoordinator"] = await server.TokenAsync($"{name}.altro", AccountServer.GoodPassword),
            ["facilitator"] = await server.TokenAsync(s.Facilitator, AccountServer.GoodPassword),
            ["tutor"] = await server.TokenAsync(s.Tutor, AccountServer.GoodPassword),
            ["trainer"] = await server.TokenAsync(s.Trainer, AccountServer.GoodPassword),
            ["outsider"] = await server.Server.StaffTokenAsync(LabServer.Facilitator),
            ["participant"] = participant,
        });
    }

    /// <summary>Calls every row as every role (the body is made with the role's index) and lists every status that differs.</summary>
    private async Task AssertMatrixAsync(Dictionary<string, string> tokens, (HttpMethod Method, string Path, Func<int, object?> Body, int[] Expected)[] rows)
    {
        var wrong = new List<string>();
        foreach (var (method, path, body, statuses) in rows)
        {
            for (var i = 0; i < Roles.Length; i++)
            {
                var call = await fixture.Server.CallAsync(method, path, tokens[Roles[i]], body(i));
                if ((int)call.Status != statuses[i])
                {
                    wrong.Add($"{method} {path} as {Roles[i]}: expected {statuses[i]}, got {(int)call.Status} {call.Code}");
                }
            }
        }

        Assert.True(wrong.Count == 0, string.Join('\n', wrong));
    }
}
