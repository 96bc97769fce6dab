using Laboratori.Tests.Accounts;
using Laboratori.Tests.Web;

namespace Laboratori.Tests.Hardening;

/// <summary>
/// Every <c>/api/labs/{labId}/…</c> endpoint × every kind of caller → status: the one access decision
/// (<c>RequireLabRole</c> around LabAccess) holds on each of them, for a lab that stands alone.
/// </summary>
public sealed class LabEndpointAccessTests(AccountServerFixture fixture) : IClassFixture<AccountServerFixture>
{
    // Columns: no token, the lab's participant, another lab's participant, the facilitator who runs it,
    // another facilitator (watches a lab that stands alone), a trainer, an admin.
    private static readonly string[] Callers = ["anonymous", "participant", "otherParticipant", "facilitator", "otherFacilitator", "trainer", "admin"];

    private static readonly int[] Member = [401, 200, 403, 200, 200, 200, 200];
    private static readonly int[] Staff = [401, 403, 403, 200, 200, 200, 200];
    private static readonly int[] Runner = [401, 403, 403, 200, 403, 403, 200];

    [Fact]
    public async Task EveryLabEndpointAnswersEachCallerAsItsRequirementSays()
    {
        var server = fixture.Server;
        var facilitatorToken = await server.Server.StaffTokenAsync(LabServer.Facilitator);
        var lab = await server.Server.Api.CreateLabAsync(facilitatorToken, "Matrice degli accessi");
        var other = await server.Server.Api.CreateLabAsync(facilitatorToken, "Un altro laboratorio");
        var tokens = new Dictionary<string, string?>
        {
            ["anonymous"] = null,
            ["participant"] = (await server.Server.Api.JoinAsync(lab.JoinCode, "Anna Rossi")).Token,
            ["otherParticipant"] = (await server.Server.Api.JoinAsync(other.JoinCode, "Bruno Verdi")).Token,
            ["facilitator"] = facilitatorToken,
            ["otherFacilitator"] = await server.Server.StaffTokenAsync(LabServer.OtherFacilitator),
            ["trainer"] = await server.Server.StaffTokenAsync(LabServer.Trainer),
            ["admin"] = await server.TokenAsync(AccountServer.Admin),
        };

        var id = lab.Id;
        var rows = new (HttpMethod Method, string Path, object? Body, int[] Expected)[]
        {
            (HttpMethod.Get, $"/api/labs/{id}", null, Member),
            (HttpMethod.Get, $"/api/labs/{id}/join-code", null, Runner),
            (HttpMethod.Get, $"/api/labs/{id}/roster", null, Staff),
            (HttpMethod.Post, $"/api/labs/{id}/close", new { closed = false }, Runner),
            (HttpMethod.Get, $"/api/labs/{id}/events?after=0", null, Member),
            (HttpMethod.Get, $"/api/labs/{id}/canvas", null, Member),
            (HttpMethod.Get, $"/api/labs/{id}/canvas?seq=0", null, Staff),
            (HttpMethod.Get, $"/api/labs/{id}/history/timeline", null, Staff),
            (HttpMethod.Get, $"/api/labs/{id}/history/activity", null, Staff),
            (HttpMethod.Get, $"/api/labs/{id}/history/events", null, Staff),
            (HttpMethod.Get, $"/api/labs/{id}/history/state?seq=0", null, Staff),
            (HttpMethod.Get, $"/api/labs/{id}/export/synthesis", null, Member),
            (HttpMethod.Get, $"/api/labs/{id}/export/log", null, Staff),
            (HttpMethod.Get, $"/api/labs/{id}/export/attendance", null, Staff),
            (HttpMethod.Get, $"/api/labs/{id}/cohesion", null, Member),
            (HttpMethod.Get, $"/api/labs/{id}/cohesion/network", null, Staff),
            (HttpMethod.Get, $"/api/labs/{id}/actions", null, Member),
            (HttpMethod.Get, "/api/labs/lab-nessuno", null, [401, 403, 403, 404, 404, 404, 404]),
            (HttpMethod.Get, "/api/labs/lab-nessuno/history/timeline", null, [401, 403, 403, 404, 404, 404, 404]),
            (HttpMethod.Get, "/api/labs/..%2Fx/export/log", null, [401, 404, 404, 404, 404, 404, 404]),
        };

        var expected = new List<string>();
        var actual = new List<string>();
        foreach (var (method, path, body, statuses) in rows)
        {
            for (var i = 0; i < Callers.Length; i++)
            {
                var call = await server.CallAsync(method, path, tokens[Callers[i]], body);
                expected.Add($"{method} {path} as {Callers[i]}: {statuses[i]}");
                actual.Add($"{method} {path} as {Callers[i]}: {(int)call.Status}{(statuses[i] >= 400 && call.Code is null ? " without code" : string.Empty)}");
            }
        }

        Assert.Equal(expected, actual);
    }

    [Fact]
    public async Task AParticipantRefusedHistoryIsToldWhy()
    {
        var server = fixture.Server;
        var lab = await server.Server.Api.CreateLabAsync(await server.Server.StaffTokenAsync(LabServer.Facilitator), "Motivo del rifiuto");
        var participant = (await server.Server.Api.JoinAsync(lab.JoinCode, "Carla Neri")).Token;

        var history = await server.CallAsync(HttpMethod.Get, $"/api/labs/{lab.Id}/history/timeline", participant);
        var network = await server.CallAsync(HttpMethod.Get, $"/api/labs/{lab.Id}/cohesion/network", participant);

        Assert.Equal<(string?, string?)>(("forbidden", "Your role does not allow this. History is for trainers and facilitators."), (history.Code, history.Body.GetProperty("messageEn").GetString()));
        Assert.Equal<(string?, string?)>(("forbidden", "Your role does not allow this. The network is for trainers and facilitators."), (network.Code, network.Body.GetProperty("messageEn").GetString()));
    }
}
