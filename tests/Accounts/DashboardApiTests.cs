using System.Net;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Laboratori.Tests.Accounts;

/// <summary>The dashboard over REST: who may read it, and its CSV and XLSX exports.</summary>
public sealed class DashboardApiTests(AccountServerFixture fixture) : IClassFixture<AccountServerFixture>
{
    [Fact]
    public async Task ManagersAndProgrammeTrainersReadItEdizioneStaffDoNot()
    {
        var server = fixture.Server;
        var s = await Structure.CreateAsync(server, "cruscotto");

        var statuses = new List<HttpStatusCode>();
        foreach (var (user, password) in new[] { (s.Coordinator, AccountServer.GoodPassword), (s.Trainer, AccountServer.GoodPassword), (s.Facilitator, AccountServer.GoodPassword), (AccountServer.Admin, AccountServer.Admin) })
        {
            statuses.Add((await server.CallAsync(HttpMethod.Get, $"/api/programmes/{s.Programme}/dashboard", await server.TokenAsync(user, password))).Status);
        }

        var view = (await server.CallAsync(HttpMethod.Get, $"/api/programmes/{s.Programme}/dashboard?sede=pisa", await server.TokenAsync(s.Coordinator, AccountServer.GoodPassword))).Body;

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.Forbidden, HttpStatusCode.OK], statuses);
        Assert.Equal(["Edizione 2"], view.GetProperty("editions").EnumerateArray().Select(e => e.GetProperty("edizione").GetString()!).ToArray());
        Assert.Equal("programme_not_found", (await server.CallAsync(HttpMethod.Get, "/api/programmes/prg-nessuno/dashboard", await server.TokenAsync(AccountServer.Admin))).Code);
    }

    [Fact]
    public async Task EveryTableExportsAsCsvAndAllAsOneWorkbook()
    {
        var server = fixture.Server;
        var s = await Structure.CreateAsync(server, "esporta");
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/programmes/{s.Programme}/dashboard/edizioni.csv");
        request.Headers.Authorization = new("Bearer", await server.TokenAsync(s.Coordinator, AccountServer.GoodPassword));
        using var csv = await server.Http.SendAsync(request);
        var lines = (await csv.Content.ReadAsStringAsync()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        using var xlsxRequest = new HttpRequestMessage(HttpMethod.Get, $"/api/programmes/{s.Programme}/dashboard/xlsx");
        xlsxRequest.Headers.Authorization = request.Headers.Authorization;
        using var xlsx = await server.Http.SendAsync(xlsxRequest);
        await using var stream = new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync());
        using var workbook = SpreadsheetDocument.Open(stream, false);
        var sheets = workbook.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Select(x => x.Name!.Value!).ToArray();
        var rows = workbook.WorkbookPart.WorksheetParts.First().Worksheet.Descendants<Row>().Count();

        Assert.Equal("text/csv", csv.Content.Headers.ContentType!.MediaType);
        Assert.Equal("edizione;percorso;sede;zona;stato;incontri_svolti;ore_erogate;iscritti;presenti;soglia_raggiunta", lines[0]);
        Assert.Equal(3, lines.Length);
        Assert.Equal(["edizioni", "percorsi", "zone", "settori", "organizzazioni", "laboratori"], sheets);
        Assert.Equal(3, rows);
        Assert.Equal("bad_request", (await server.CallAsync(HttpMethod.Get, $"/api/programmes/{s.Programme}/dashboard/segreti.csv", request.Headers.Authorization.Parameter)).Code);
    }
}
