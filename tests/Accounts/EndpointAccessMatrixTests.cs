using System.Net;
using Laboratori.Tests.Web;

namespace Laboratori.Tests.Accounts;

/// <summary>
/// Role × endpoint → status for the staff endpoints <see cref="ProgrammeAccessMatrixTests"/> leaves out: sedi and the
/// programme list, percorso and edizione edits, archive, staff assignment, lab placement, incontro edits, the
/// dashboard and its exports, the staff accounts and <c>/api/auth/me</c>. Calls that would destroy what later rows need
/// name things that do not exist: the roles allowed to try get <c>404</c>, the others <c>403</c> before anything is looked up.
/// </summary>
public sealed class EndpointAccessMatrixTests(AccountServerFixture fixture) : IClassFixture<AccountServerFixture>
{
    private static readonly string[] Roles = ["admin", "coordinator", "otherCoordinator", "facilitator", "tutor", "trainer", "outsider", "participant"];

    [Fact]
    public async Task EveryOtherStaffEndpointAnswersEachRoleAsTheMatrixSays()
    {
        var server = fixture.Server;
        var s = await Structure.CreateAsync(server, "griglia");
        await server.ReadyAccountAsync("griglia.altro", "coordinator");
        var coordinatorToken = await server.TokenAsync(s.Coordinator, AccountServer.GoodPassword);
        var code = (await Structure.Expect(server, HttpStatusCode.OK, HttpMethod.Get, $"/api/labs/{s.Lab}/join-code", coordinatorToken)).GetProperty("joinCode").GetString();
        var participant = (await server.CallAsync(HttpMethod.Post, "/api/join", null, new { code, displayName = "Anna Rossi", organisation = "Comune di Prato", sector = "ente_pubblico", privacyVersion = Laboratori.Tests.Support.PrivacyVersion.Current }))
            .Body.GetProperty("token").GetString()!;
        var tokens = new Dictionary<string, string>
        {
            ["admin"] = await server.TokenAsync(AccountServer.Admin),
            ["coordinator"] = coordinatorToken,
            ["otherCoordinator"] = await server.TokenAsync("griglia.altro", AccountServer.GoodPassword),
            ["facilitator"] = await server.TokenAsync(s.Facilitator, AccountServer.GoodPassword),
            ["tutor"] = await server.TokenAsync(s.Tutor, AccountServer.GoodPassword),
            ["trainer"] = await server.TokenAsync(s.Trainer, AccountServer.GoodPassword),
            ["outsider"] = await server.Server.StaffTokenAsync(LabServer.Facilitator),
            ["participant"] = participant,
        };
        var percorso = new { title = "Insieme per Co-progettare", targetGroup = "Personale dei Piani di Zona", plannedHours = 12, certificateThreshold = 70 };
        var edizione = new { title = "Edizione di Pisa", sedeId = "pisa", startDate = "2026-04-01", endDate = "2026-05-31" };
        var incontro = new { date = "2026-02-10", start = "09:00", end = "12:00", mode = "presenza", sedeId = "firenze" };
        var dashboard = $"/api/programmes/{s.Programme}/dashboard";

        // Statuses in the order of Roles: admin, coordinator, other coordinator, facilitator of the first edizione, its
        // tutor, the programme's trainer, a facilitator outside the programme, a participant of the first lab.
        var rows = new (HttpMethod Method, string Path, Func<int, object?> Body, int[] Expected)[]
        {
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
        };

        var wrong = new List<string>();
        foreach (var (method, path, body, statuses) in rows)
        {
            for (var i = 0; i < Roles.Length; i++)
            {
                var call = await server.CallAsync(method, path, tokens[Roles[i]], body(i));
                if ((int)call.Status != statuses[i])
                {
                    wrong.Add($"{method} {path} as {Roles[i]}: expected {statuses[i]}, got {(int)call.Status} {call.Code}");
                }
            }
        }

        Assert.True(wrong.Count == 0, string.Join('\n', wrong));
    }
}
