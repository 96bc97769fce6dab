using System.Net;
using Laboratori.Tests.Web;

namespace Laboratori.Tests.Accounts;

/// <summary>Role × endpoint → status, over a real programme: who may read, change and run what.</summary>
public sealed class ProgrammeAccessMatrixTests(AccountServerFixture fixture) : IClassFixture<AccountServerFixture>
{
    private static readonly string[] Roles = ["admin", "coordinator", "otherCoordinator", "facilitator", "tutor", "trainer", "outsider", "participant"];

    [Fact]
    public async Task EveryRoleGetsExactlyTheStatusTheMatrixSays()
    {
        var server = fixture.Server;
        var s = await Structure.CreateAsync(server, "matrice");
        await server.ReadyAccountAsync("matrice.altro", "coordinator");
        var coordinatorToken = await server.TokenAsync(s.Coordinator, AccountServer.GoodPassword);
        var code = (await Structure.Expect(server, HttpStatusCode.OK, HttpMethod.Get, $"/api/labs/{s.Lab}/join-code", coordinatorToken)).GetProperty("joinCode").GetString();
        var participant = (await server.CallAsync(HttpMethod.Post, "/api/join", null, new { code, displayName = "Anna Rossi", organisation = "Comune di Prato", sector = "ente_pubblico", privacyVersion = Laboratori.Tests.Support.PrivacyVersion.Current }))
            .Body.GetProperty("token").GetString()!;
        var tokens = new Dictionary<string, string>
        {
            ["admin"] = await server.TokenAsync(AccountServer.Admin),
            ["coordinator"] = coordinatorToken,
            ["otherCoordinator"] = await server.TokenAsync("matrice.altro", AccountServer.GoodPassword),
            ["facilitator"] = await server.TokenAsync(s.Facilitator, AccountServer.GoodPassword),
            ["tutor"] = await server.TokenAsync(s.Tutor, AccountServer.GoodPassword),
            ["trainer"] = await server.TokenAsync(s.Trainer, AccountServer.GoodPassword),
            ["outsider"] = await server.Server.StaffTokenAsync(LabServer.Facilitator),
            ["participant"] = participant,
        };
        var programme = new { title = "Programma rinominato", fund = "fse_plus", startDate = "2026-01-01", endDate = "2026-12-31" };

        // Statuses in the order of Roles: admin, coordinator, other coordinator, facilitator of the edizione, its tutor,
        // the programme's trainer, a facilitator outside the programme, a participant of the first lab.
        var rows = new (HttpMethod Method, string Path, Func<int, object?> Body, int[] Expected)[]
        {
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
        };

        var expected = new List<string>();
        var actual = new List<string>();
        foreach (var (method, path, body, statuses) in rows)
        {
            for (var i = 0; i < Roles.Length; i++)
            {
                var call = await server.CallAsync(method, path, tokens[Roles[i]], body(i));
                expected.Add($"{method} {path} as {Roles[i]}: {statuses[i]}");
                actual.Add($"{method} {path} as {Roles[i]}: {(int)call.Status}");
            }
        }

        Assert.Equal(expected, actual);
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
}
