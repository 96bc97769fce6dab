using System.Net;
using System.Text.Json;

namespace Laboratori.Tests.Accounts;

/// <summary>
/// A programme made over REST for one test: coordinator <see cref="Coordinator"/>, one percorso, two edizioni (Firenze
/// and Pisa), a facilitator and a tutor assigned to the first, a trainer over the whole programme, and a lab in each edizione.
/// </summary>
public sealed record Structure(string Coordinator, string Programme, string Percorso, string Edizione, string OtherEdizione, string Lab, string OtherLab,
    string Facilitator, string Tutor, string Trainer)
{
    public static async Task<Structure> CreateAsync(AccountServer server, string prefix)
    {
        var coordinator = $"{prefix}.coord";
        var facilitator = $"{prefix}.facil";
        var tutor = $"{prefix}.tutor";
        var trainer = $"{prefix}.osserva";
        await server.ReadyAccountAsync(coordinator, "coordinator");
        var facilitatorId = await server.ReadyAccountAsync(facilitator, "facilitator");
        var tutorId = await server.ReadyAccountAsync(tutor, "tutor");
        var trainerId = await server.ReadyAccountAsync(trainer, "trainer");
        var token = await server.TokenAsync(coordinator, AccountServer.GoodPassword);

        var programme = Id(await Expect(server, HttpStatusCode.Created, HttpMethod.Post, "/api/programmes", token, new
        {
            title = "Innovazione e inclusione sociale " + prefix, fund = "fse_plus", cup = "J11B17000010009", startDate = "2026-01-01", endDate = "2026-12-31", ownerBody = "Regione Toscana",
        }));
        var percorso = Id(await Expect(server, HttpStatusCode.Created, HttpMethod.Post, $"/api/programmes/{programme}/percorsi", token,
            new { title = "Insieme per Co-progettare", targetGroup = "Personale dei Piani di Zona", plannedHours = 12, certificateThreshold = 70 }));
        var edizione = Id(await Expect(server, HttpStatusCode.Created, HttpMethod.Post, $"/api/percorsi/{percorso}/edizioni", token,
            new { sedeId = "firenze", startDate = "2026-02-01", endDate = "2026-03-31" }));
        var other = Id(await Expect(server, HttpStatusCode.Created, HttpMethod.Post, $"/api/percorsi/{percorso}/edizioni", token,
            new { sedeId = "pisa", startDate = "2026-04-01", endDate = "2026-05-31" }));
        await Expect(server, HttpStatusCode.OK, HttpMethod.Post, $"/api/programmes/{programme}/staff", token, new { userId = facilitatorId, role = "facilitator", edizioneId = edizione });
        await Expect(server, HttpStatusCode.OK, HttpMethod.Post, $"/api/programmes/{programme}/staff", token, new { userId = tutorId, role = "tutor", edizioneId = edizione });
        await Expect(server, HttpStatusCode.OK, HttpMethod.Post, $"/api/programmes/{programme}/staff", token, new { userId = trainerId, role = "trainer" });
        var lab = Id(await Expect(server, HttpStatusCode.Created, HttpMethod.Post, $"/api/edizioni/{edizione}/labs", token, new { title = "Abitare a Firenze" }));
        var otherLab = Id(await Expect(server, HttpStatusCode.Created, HttpMethod.Post, $"/api/edizioni/{other}/labs", token, new { title = "Giovani a Pisa" }));
        return new Structure(coordinator, programme, percorso, edizione, other, lab, otherLab, facilitator, tutor, trainer);
    }

    public static async Task<JsonElement> Expect(AccountServer server, HttpStatusCode status, HttpMethod method, string path, string token, object? body = null)
    {
        var call = await server.CallAsync(method, path, token, body);
        Assert.True(call.Status == status, $"{method} {path}: {(int)call.Status} {call.Code} {call.Body}");
        return call.Body;
    }

    private static string Id(JsonElement body) => body.GetProperty("id").GetString()!;
}
