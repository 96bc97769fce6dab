using System.Net;
using Laboratori.Tests.Accounts;

namespace Laboratori.Tests.Attendance;

/// <summary>Hours and certificates from a fixture: four incontri of 3 h in a 12 h percorso with a 70% threshold.</summary>
public sealed class HoursApiTests(LongRegisterServerFixture fixture) : IClassFixture<LongRegisterServerFixture>
{
    private AccountServer Server => fixture.Server;

    [Fact]
    public async Task PresentAtThreeOfFourIncontriOfThreeHoursIsNineOfTwelveAndIdoneo()
    {
        var (s, incontri, people) = await FixtureAsync("hr1");
        var trainer = await Server.TokenAsync(s.Trainer, AccountServer.GoodPassword);
        var hours = await Server.CallAsync(HttpMethod.Get, $"/api/labs/{s.Lab}/hours", trainer);
        Assert.Equal(HttpStatusCode.OK, hours.Status);
        Assert.Equal((12m, 70, 4), (hours.Body.GetProperty("plannedHours").GetDecimal(), hours.Body.GetProperty("threshold").GetInt32(), hours.Body.GetProperty("incontri").GetArrayLength()));
        var rows = hours.Body.GetProperty("people").EnumerateArray()
            .ToDictionary(p => p.GetProperty("person").GetProperty("memberId").GetString()!, p => (p.GetProperty("hours").GetDecimal(), p.GetProperty("share").GetDecimal(), p.GetProperty("idoneo").GetBoolean()));
        Assert.Equal((9m, 75m, true), rows[people[0]]);
        Assert.Equal((6m, 50m, false), rows[people[1]]);
        Assert.Equal((0m, 0m, false), rows[people[2]]);
        var first = hours.Body.GetProperty("people").EnumerateArray().Single(p => p.GetProperty("person").GetProperty("memberId").GetString() == people[0]);
        Assert.Equal([3m, 3m, 3m, 0m], first.GetProperty("incontri").EnumerateArray().Select(i => i.GetProperty("hours").GetDecimal()));
        Assert.Equal(4, incontri.Count);
    }

    [Fact]
    public async Task ExportsWriteNumbersAsNumbersRomeTimesAndInertFormulas()
    {
        var (s, incontri, _) = await FixtureAsync("hr2");
        var coordinator = await Server.TokenAsync(s.Coordinator, AccountServer.GoodPassword);
        var trick = await Server.CallAsync(HttpMethod.Post, $"/api/labs/{s.Lab}/adesioni", coordinator, new { displayName = "=HYPERLINK(\"http://x\";\"clic\")", organisation = "@Ente" });
        Assert.Equal(HttpStatusCode.Created, trick.Status);
        await Structure.Expect(Server, HttpStatusCode.OK, HttpMethod.Put, $"/api/incontri/{incontri[0]}/register/{trick.Body.GetProperty("memberId").GetString()}", coordinator,
            new { status = "ritardo", entry = "14:30" });
        var folder = Directory.CreateDirectory(Support.Repository.PathOf("artifacts", "attendance")).FullName;

        var hoursCsv = await FileAsync($"/api/labs/{s.Lab}/hours/export?format=csv", coordinator, Path.Combine(folder, "ore-e-attestati.csv"));
        var lines = System.Text.Encoding.UTF8.GetString(hoursCsv).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Laboratorio;Partecipante;Organizzazione;Settore;Adesione;Ore 03/02/2026;Ore 10/02/2026;Ore 17/02/2026;Ore 24/02/2026;Incontri frequentati;Ore frequentate;Ore previste;Percentuale;Soglia;Idoneo", lines[0]);
        Assert.Contains("Abitare a Firenze;Lucia Bianchi;Comune di Firenze;Altro;aderente;3;3;3;0;3;9;12;75;70;sì", lines);
        Assert.Contains("Abitare a Firenze;\"'=HYPERLINK(\"\"http://x\"\";\"\"clic\"\")\";'@Ente;Altro;aderente;2,5;0;0;0;1;2,5;12;20,8;70;no", lines);

        var registerCsv = System.Text.Encoding.UTF8.GetString(await FileAsync($"/api/incontri/{incontri[0]}/register/export?format=csv", coordinator, Path.Combine(folder, "registro-incontro.csv")));
        Assert.Contains("Incontro (ora italiana)", registerCsv, StringComparison.Ordinal);
        Assert.Contains(";03/02/2026 14:00-17:00;Lucia Bianchi;Comune di Firenze;Altro;aderente;presente;14:00;17:00;3;3;", registerCsv, StringComparison.Ordinal);
        Assert.Contains(";in ritardo;14:30;17:00;2,5;3;", registerCsv, StringComparison.Ordinal);

        foreach (var (path, file) in new[] { ($"/api/labs/{s.Lab}/hours/export?format=xlsx", "ore-e-attestati.xlsx"), ($"/api/incontri/{incontri[0]}/register/export?format=xlsx", "registro-incontro.xlsx"), ($"/api/edizioni/{s.Edizione}/register?format=xlsx", "registro-edizione.xlsx") })
        {
            var bytes = await FileAsync(path, coordinator, Path.Combine(folder, file));
            using var document = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(new MemoryStream(bytes), false);
            var cells = document.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Cell>().ToList();
            Assert.Contains(cells, c => c.DataType?.Value == DocumentFormat.OpenXml.Spreadsheet.CellValues.Number && c.CellValue?.Text == "3");
            Assert.DoesNotContain(cells, c => c.CellFormula is not null);
        }

        await FileAsync($"/api/edizioni/{s.Edizione}/register?format=csv", coordinator, Path.Combine(folder, "registro-edizione.csv"));
        await File.WriteAllTextAsync(Path.Combine(folder, "foglio-firme.html"), System.Text.Encoding.UTF8.GetString(await FileAsync($"/api/incontri/{incontri[0]}/register/export?format=html", coordinator, null)));
        var certificates = System.Text.Encoding.UTF8.GetString(await FileAsync($"/api/labs/{s.Lab}/certificates", coordinator, Path.Combine(folder, "attestati.html")));
        Assert.Equal(1, certificates.Split("<section>").Length - 1);
        Assert.Contains("Lucia Bianchi", certificates, StringComparison.Ordinal);
        Assert.DoesNotContain("Nicolò Ferri", certificates, StringComparison.Ordinal);
        Assert.Contains("per 9 ore su 12 previste (75%)", certificates, StringComparison.Ordinal);

        var participant = await Server.CallAsync(HttpMethod.Get, $"/api/labs/{s.Lab}/certificates", null);
        Assert.Equal(HttpStatusCode.Unauthorized, participant.Status);
    }

    [Fact]
    public async Task TheSignInSheetAndTheCertificatesPrintToPdfThroughTheServersChromium()
    {
        var (s, incontri, _) = await FixtureAsync("hr3");
        var coordinator = await Server.TokenAsync(s.Coordinator, AccountServer.GoodPassword);
        var folder = Directory.CreateDirectory(Support.Repository.PathOf("artifacts", "documents")).FullName;

        var sheet = Documents.PdfText.Read(await FileAsync($"/api/incontri/{incontri[0]}/register/export?format=pdf", coordinator, Path.Combine(folder, "foglio-firme.pdf")));
        var certificates = Documents.PdfText.Read(await FileAsync($"/api/labs/{s.Lab}/certificates?format=pdf", coordinator, Path.Combine(folder, "attestati.pdf")));

        // The PDF is the printable sheet printed: the same people (everyone not marked absent), then blank lines for
        // walk-ins, on one A4 page.
        var printable = System.Text.Encoding.UTF8.GetString(await FileAsync($"/api/incontri/{incontri[0]}/register/export?format=html", coordinator, saveAs: null));
        Assert.Equal(1, sheet.Pages);
        Assert.Contains("Foglio firme", sheet.All, StringComparison.Ordinal);
        Assert.Contains("Lucia Bianchi", sheet.All, StringComparison.Ordinal);
        Assert.Contains("Nicolò Ferri", sheet.All, StringComparison.Ordinal);
        Assert.Equal(printable.Contains("Ugo Sala", StringComparison.Ordinal), sheet.All.Contains("Ugo Sala", StringComparison.Ordinal));
        // One attestato per idoneo person, each on its own page: only Lucia (9 of 12 hours).
        Assert.Equal(1, certificates.Pages);
        Assert.Contains("Lucia Bianchi", certificates.All, StringComparison.Ordinal);
        Assert.DoesNotContain("Nicolò Ferri", certificates.All, StringComparison.Ordinal);

        var odt = await Server.CallAsync(HttpMethod.Get, $"/api/labs/{s.Lab}/certificates?format=odt", coordinator);
        Assert.Equal((HttpStatusCode.BadRequest, "format_unknown"), (odt.Status, odt.Code));
    }

    private async Task<byte[]> FileAsync(string path, string token, string? saveAs)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        using var response = await Server.Http.SendAsync(request);
        Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode}");
        var bytes = await response.Content.ReadAsByteArrayAsync();
        if (saveAs is not null)
        {
            await File.WriteAllBytesAsync(saveAs, bytes);
        }

        return bytes;
    }

    /// <summary>Lucia present at 3 of 4, Nicolò at 2, Ugo at none (on the list, never came).</summary>
    internal async Task<(Structure S, List<string> Incontri, List<string> People)> FixtureAsync(string prefix)
    {
        var s = await Structure.CreateAsync(Server, prefix);
        var coordinator = await Server.TokenAsync(s.Coordinator, AccountServer.GoodPassword);
        var tutor = await Server.TokenAsync(s.Tutor, AccountServer.GoodPassword);
        var incontri = new List<string>();
        foreach (var day in new[] { 3, 10, 17, 24 })
        {
            var created = await Structure.Expect(Server, HttpStatusCode.Created, HttpMethod.Post, $"/api/labs/{s.Lab}/incontri", coordinator,
                new { date = new DateOnly(2026, 2, day), start = "14:00", end = "17:00", plannedHours = 3, mode = "presenza", sedeId = "firenze" });
            incontri.Add(created.GetProperty("id").GetString()!);
        }

        var people = new List<string>();
        foreach (var (name, organisation) in new[] { ("Lucia Bianchi", "Comune di Firenze"), ("Nicolò Ferri", "Coop. L'Orizzonte"), ("Ugo Sala", string.Empty) })
        {
            var added = await Structure.Expect(Server, HttpStatusCode.Created, HttpMethod.Post, $"/api/labs/{s.Lab}/adesioni", coordinator, new { displayName = name, organisation });
            people.Add(added.GetProperty("memberId").GetString()!);
        }

        for (var i = 0; i < 4; i++)
        {
            await Structure.Expect(Server, HttpStatusCode.OK, HttpMethod.Put, $"/api/incontri/{incontri[i]}/register/{people[0]}", tutor, new { status = i < 3 ? "presente" : "assente" });
            await Structure.Expect(Server, HttpStatusCode.OK, HttpMethod.Put, $"/api/incontri/{incontri[i]}/register/{people[1]}", tutor, new { status = i % 2 == 0 ? "presente" : "assente" });
        }

        return (s, incontri, people);
    }
}
