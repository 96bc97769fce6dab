using System.Net;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Laboratori.Tests.Accounts;
using Laboratori.Tests.Web;

namespace Laboratori.Tests.Documents;

/// <summary>
/// Documents across the labs of an edizione or a programme (relazione, Tavolo Unificato, Piano delle azioni): who may
/// read them, and that each staff member reads only the labs they may open.
/// </summary>
public sealed class ScopeDocumentsApiTests(AccountServerFixture fixture) : IClassFixture<AccountServerFixture>
{
    [Fact]
    public async Task EachRoleGetsTheScopeDocumentsOfTheLabsItOpens()
    {
        var server = fixture.Server;
        var s = await Structure.CreateAsync(server, "documenti");
        await server.ReadyAccountAsync("documenti.altro", "coordinator");
        var coordinator = await server.TokenAsync(s.Coordinator, AccountServer.GoodPassword);
        var code = (await Structure.Expect(server, HttpStatusCode.OK, HttpMethod.Get, $"/api/labs/{s.Lab}/join-code", coordinator)).GetProperty("joinCode").GetString();
        var participant = (await server.CallAsync(HttpMethod.Post, "/api/join", null, new { code, displayName = "Anna Rossi", organisation = "Comune di Prato", sector = "ente_pubblico" }))
            .Body.GetProperty("token").GetString()!;
        var tokens = new (string Role, string Token, int Edizione, int OtherEdizione)[]
        {
            ("admin", await server.TokenAsync(AccountServer.Admin), 200, 200),
            ("coordinator", coordinator, 200, 200),
            ("otherCoordinator", await server.TokenAsync("documenti.altro", AccountServer.GoodPassword), 403, 403),
            ("facilitator", await server.TokenAsync(s.Facilitator, AccountServer.GoodPassword), 200, 403),
            ("tutor", await server.TokenAsync(s.Tutor, AccountServer.GoodPassword), 200, 403),
            ("trainer", await server.TokenAsync(s.Trainer, AccountServer.GoodPassword), 200, 200),
            ("outsider", await server.Server.StaffTokenAsync(LabServer.Facilitator), 403, 403),
            ("participant", participant, 403, 403),
        };

        foreach (var (role, token, edizione, other) in tokens)
        {
            foreach (var path in new[] { "documents/relazione?format=html", "synthesis", "actions?format=csv", "actions?open=true" })
            {
                Assert.Equal((role, path, edizione), (role, path, (int)(await server.CallAsync(HttpMethod.Get, $"/api/edizioni/{s.Edizione}/{path}", token)).Status));
                Assert.Equal((role, path, other), (role, path, (int)(await server.CallAsync(HttpMethod.Get, $"/api/edizioni/{s.OtherEdizione}/{path}", token)).Status));
            }
        }

        var facilitator = tokens[3].Token;
        var programmeTable = await Structure.Expect(server, HttpStatusCode.OK, HttpMethod.Get, $"/api/programmes/{s.Programme}/synthesis", facilitator);
        var wholeTable = await Structure.Expect(server, HttpStatusCode.OK, HttpMethod.Get, $"/api/programmes/{s.Programme}/synthesis", coordinator);
        Assert.Equal(["Abitare a Firenze"], programmeTable.GetProperty("labs").EnumerateArray().Select(l => l.GetString()));
        Assert.Equal(["Abitare a Firenze", "Giovani a Pisa"], wholeTable.GetProperty("labs").EnumerateArray().Select(l => l.GetString()).Order());
    }

    [Fact]
    public async Task TheRelazioneOfAProgrammeIsAValidWordDocumentAndBadRequestsGetClearErrors()
    {
        var server = fixture.Server;
        var s = await Structure.CreateAsync(server, "relazione");
        var coordinator = await server.TokenAsync(s.Coordinator, AccountServer.GoodPassword);

        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/programmes/{s.Programme}/documents/relazione");
        request.Headers.Authorization = new("Bearer", coordinator);
        using var response = await server.Http.SendAsync(request);
        var docx = await response.Content.ReadAsByteArrayAsync();
        var unknown = await server.CallAsync(HttpMethod.Get, "/api/edizioni/edz-nessuna/actions", coordinator);
        var badFormat = await server.CallAsync(HttpMethod.Get, $"/api/edizioni/{s.Edizione}/synthesis?format=xlsx", coordinator);
        var badDay = await server.CallAsync(HttpMethod.Get, $"/api/edizioni/{s.Edizione}/actions?today=domani", coordinator);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        Assert.Empty(new OpenXmlValidator().Validate(document));
        Assert.Contains("Relazione del programma — Innovazione e inclusione sociale relazione", document.MainDocumentPart!.Document.Body!.InnerText);
        Assert.Contains("Tavolo Unificato", document.MainDocumentPart.Document.Body.InnerText);
        Assert.Contains("Regione Toscana", document.MainDocumentPart.HeaderParts.Single().Header.InnerText);
        Assert.Equal((HttpStatusCode.NotFound, "edizione_not_found"), (unknown.Status, unknown.Code));
        Assert.Equal((HttpStatusCode.BadRequest, "format_unknown"), (badFormat.Status, badFormat.Code));
        Assert.Equal((HttpStatusCode.BadRequest, "deadline_invalid"), (badDay.Status, badDay.Code));
    }
}
