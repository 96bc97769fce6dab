using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Laboratori.LoadTest.Client;

namespace Laboratori.Tests.Web;

/// <summary>
/// The stakeholder → communityholder matrix of seed 001 end to end: a lab made with it has the 4 × 2 cells as its
/// regions, cards go into cells, and the synthesis grid names each card's cell with its row and column.
/// </summary>
[Collection(LabServerCollection.Name)]
public sealed class MatrixTemplateTests(LabServerFixture fixture)
{
    private LabServer Server => fixture.Server;

    [Fact]
    public async Task ALabMadeWithTheMatrixTemplateTakesCardsInItsCellsAndExportsThemByCell()
    {
        var staff = await Server.StaffTokenAsync(LabServer.Facilitator);
        var lab = await CreateAsync(staff, "stakeholder-communityholder");
        await using var facilitator = new HubPeer(await Server.ConnectAsync(staff), lab.Id);
        await facilitator.JoinAsync();
        var join = await Server.Api.JoinAsync(lab.JoinCode, "Giulia");
        await using var participant = new HubPeer(await Server.ConnectAsync(join.Token), lab.Id);
        await participant.JoinAsync();

        // The second row's phase lets cards go into that row's two cells only.
        await facilitator.ApplyOkAsync("lab.phase", Payloads.Phase("riga-2"));
        await participant.ApplyOkAsync("card.add", Payloads.AddCard("c1", "Usa il centro diurno", "stakeholder-2"));
        await participant.ApplyOkAsync("card.add", Payloads.AddCard("c2", "Tiene aperta la sala il sabato", "communityholder-2"));
        var refused = await participant.ApplyAsync("card.add", Payloads.AddCard("c3", "Fuori riga", "communityholder-3"));

        var grid = await Server.Api.GetAsync(staff, $"api/labs/{lab.Id}/export/synthesis?format=json");
        var csv = Encoding.UTF8.GetString(await GetBytesAsync(staff, $"api/labs/{lab.Id}/export/synthesis?format=csv")).TrimStart('\uFEFF');

        Assert.Equal("phase_forbids", refused.GetProperty("error").GetProperty("code").GetString());
        var lanes = grid.GetProperty("lanes").EnumerateArray().ToList();
        Assert.Equal(8, lanes.Count);
        Assert.Equal(
            ["stakeholder-1", "communityholder-1", "stakeholder-2", "communityholder-2", "stakeholder-3", "communityholder-3", "stakeholder-4", "communityholder-4"],
            lanes.Select(l => l.GetProperty("id").GetString()));
        var cell = lanes[3].GetProperty("cell");
        Assert.Equal(
            ("2. Consuma le risorse → Contribuisce come risorsa", "Communityholder"),
            (cell.GetProperty("row").GetString(), cell.GetProperty("column").GetString()));
        var cards = grid.GetProperty("rows").EnumerateArray().SelectMany(r => r.GetProperty("cards").EnumerateArray())
            .Select(c => (c.GetProperty("text").GetString(), c.GetProperty("lane").GetString())).Order().ToList();
        Assert.Equal([("Tiene aperta la sala il sabato", "communityholder-2"), ("Usa il centro diurno", "stakeholder-2")], cards);
        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Tema;Riga;Colonna;Scheda;Voti;Autore;Organizzazione;Settore;Collegata;Collegamenti;Per conto di", lines[0]);
        Assert.Equal(
            [
                "Senza tema;2. Consuma le risorse → Contribuisce come risorsa;Communityholder;Tiene aperta la sala il sabato;0;Giulia;;Altro;no;;",
                "Senza tema;2. Consuma le risorse → Contribuisce come risorsa;Stakeholder;Usa il centro diurno;0;Giulia;;Altro;no;;",
            ],
            lines[1..].Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task AMatrixLabPrintsAsAMatrixAndItsLogImportsWithItsCells()
    {
        var staff = await Server.StaffTokenAsync(LabServer.Facilitator);
        var lab = await CreateAsync(staff, "stakeholder-communityholder");
        await using var facilitator = new HubPeer(await Server.ConnectAsync(staff), lab.Id);
        await facilitator.JoinAsync();
        var join = await Server.Api.JoinAsync(lab.JoinCode, "Giulia");
        await using var participant = new HubPeer(await Server.ConnectAsync(join.Token), lab.Id);
        await participant.JoinAsync();
        await facilitator.ApplyOkAsync("lab.phase", Payloads.Phase("libera"));
        await participant.ApplyOkAsync("card.add", Payloads.AddCard("c1", "Chiede il pasto a domicilio", "stakeholder-4"));
        await participant.ApplyOkAsync("card.add", Payloads.AddCard("c2", "Insegna a compilare le domande", "communityholder-4"));

        var html = Encoding.UTF8.GetString(await GetBytesAsync(staff, $"api/labs/{lab.Id}/export/synthesis?format=html"));
        var log = await GetBytesAsync(staff, $"api/labs/{lab.Id}/export/log");
        using var import = new HttpRequestMessage(HttpMethod.Post, "api/labs/import") { Content = new ByteArrayContent(log) };
        import.Headers.Authorization = new AuthenticationHeaderValue("Bearer", staff);
        using var created = await Server.Http.SendAsync(import);
        Assert.Equal(System.Net.HttpStatusCode.Created, created.StatusCode);
        var copy = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
        var original = await Server.Api.GetAsync(staff, $"api/labs/{lab.Id}/history/state?seq=1");
        var imported = await Server.Api.GetAsync(staff, $"api/labs/{copy}/history/state?seq=1");

        // The matrix: its columns across, then a row per matrix row that has cards, named by the row.
        Assert.Contains("<th class=\"theme\">Dimensione</th><th>Stakeholder</th><th>Communityholder</th>", html, StringComparison.Ordinal);
        Assert.Contains("<th class=\"theme\" scope=\"row\">4. Ripetizione della richiesta → Incremento di competenze di gestione</th><td><ul><li>Chiede il pasto a domicilio", html, StringComparison.Ordinal);
        Assert.DoesNotContain("1. Tutela i propri interessi", html, StringComparison.Ordinal);
        var lanes = imported.GetProperty("state").GetProperty("lanes");
        Assert.Equal(original.GetProperty("state").GetProperty("lanes").GetRawText(), lanes.GetRawText());
        Assert.Equal("Communityholder", lanes[7].GetProperty("cell").GetProperty("column").GetString());
    }

    [Fact]
    public async Task TheTemplatesListSaysWhichLanesAreCellsOfAMatrix()
    {
        var templates = await Server.Http.GetFromJsonAsync<JsonElement>("api/templates");

        var matrix = templates.EnumerateArray().Single(t => t.GetProperty("id").GetString() == "stakeholder-communityholder");
        var plain = templates.EnumerateArray().Single(t => t.GetProperty("id").GetString() == "bisogni-risorse-azioni");
        Assert.Equal(4, matrix.GetProperty("lanes").EnumerateArray().Select(l => l.GetProperty("cell").GetProperty("row").GetString()).Distinct().Count());
        Assert.All(plain.GetProperty("lanes").EnumerateArray(), l => Assert.False(l.TryGetProperty("cell", out _)));
    }

    private async Task<CreatedLab> CreateAsync(string token, string templateId)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/labs") { Content = JsonContent.Create(new { title = "Matrice " + Guid.NewGuid().ToString("N")[..6], templateId }) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await Server.Http.SendAsync(request);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<CreatedLab>(JsonSerializerOptions.Web))!;
    }

    private async Task<byte[]> GetBytesAsync(string token, string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await Server.Http.SendAsync(request);
        Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode}");
        return await response.Content.ReadAsByteArrayAsync();
    }
}
