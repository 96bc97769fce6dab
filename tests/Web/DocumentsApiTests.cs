using System.Net;
using System.Net.Http.Headers;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Laboratori.LoadTest.Client;

namespace Laboratori.Tests.Web;

/// <summary>A lab's verbale and relazione over REST: staff only, DOCX that validates, PDF printed by Chromium, clear errors.</summary>
[Collection(LabServerCollection.Name)]
public sealed class DocumentsApiTests(LabServerFixture fixture)
{
    private static readonly string[] Enti = ["Coop Il Ponte"];

    private LabServer Server => fixture.Server;

    [Fact]
    public async Task StaffDownloadTheVerbaleOfAnIncontroAsDocxPdfAndHtml()
    {
        await using var scene = await LabScene.StartAsync(Server, participants: 2);
        await scene.Facilitator.ApplyOkAsync("meeting.open", new { title = "Primo incontro" });
        await scene.Participants[0].ApplyOkAsync("card.add", Payloads.AddCard("n1", "Solitudine degli anziani"));
        await scene.Participants[1].ApplyOkAsync("card.add", Payloads.AddCard("a1", "Portierato sociale di quartiere", "azioni"));
        await scene.Participants[1].ApplyOkAsync("action.owners", new { cardId = "a1", people = Array.Empty<string>(), enti = Enti });
        await scene.Facilitator.ApplyOkAsync("meeting.close", new { });
        var trainer = await Server.StaffTokenAsync(LabServer.Trainer);

        var docx = await GetBytesAsync(trainer, $"api/labs/{scene.Lab.Id}/documents/verbale?incontro=1");
        var pdf = await GetBytesAsync(trainer, $"api/labs/{scene.Lab.Id}/documents/verbale?format=pdf");
        var html = System.Text.Encoding.UTF8.GetString(await GetBytesAsync(trainer, $"api/labs/{scene.Lab.Id}/documents/relazione?format=html"));

        using (var document = WordprocessingDocument.Open(new MemoryStream(docx), false))
        {
            Assert.Empty(new OpenXmlValidator().Validate(document));
            var text = document.MainDocumentPart!.Document.Body!.InnerText;
            Assert.Contains("Verbale dell'incontro n. 1", text);
            Assert.Contains("Presenti: 2 su 2 adesioni (100%).", text);
            Assert.Contains("Portierato sociale di quartiere", text);
            Assert.Contains("Coop Il Ponte", text);
        }

        Assert.StartsWith("%PDF-", System.Text.Encoding.Latin1.GetString(pdf, 0, 5));
        Assert.Contains("<h2>Incontri e presenze</h2>", html);
        Assert.Contains("Solitudine degli anziani", html);
        await File.WriteAllBytesAsync(Path.Combine(Documents.DocumentFixture.Artifacts, "verbale-da-api.pdf"), pdf);
    }

    [Fact]
    public async Task ParticipantsMayNotDownloadVerbaliOrRelazioni()
    {
        await using var scene = await LabScene.StartAsync(Server, participants: 1);
        await scene.Facilitator.ApplyOkAsync("meeting.open", new { title = "Primo incontro" });

        var verbale = await Assert.ThrowsAsync<LabApiException>(() => Server.Api.GetAsync(scene.Joins[0].Token, $"api/labs/{scene.Lab.Id}/documents/verbale"));
        var relazione = await Assert.ThrowsAsync<LabApiException>(() => Server.Api.GetAsync(scene.Joins[0].Token, $"api/labs/{scene.Lab.Id}/documents/relazione"));
        using var anonymous = await Server.Http.GetAsync($"api/labs/{scene.Lab.Id}/documents/relazione");

        Assert.Equal((HttpStatusCode.Forbidden, "forbidden"), (verbale.StatusCode, verbale.Code));
        Assert.Equal((HttpStatusCode.Forbidden, "forbidden"), (relazione.StatusCode, relazione.Code));
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
    }

    [Theory]
    [InlineData("documents/verbale?incontro=2", HttpStatusCode.NotFound, "meeting_not_found")]
    [InlineData("documents/verbale?format=odt", HttpStatusCode.BadRequest, "format_unknown")]
    [InlineData("documents/relazione?format=xlsx", HttpStatusCode.BadRequest, "format_unknown")]
    public async Task BadDocumentRequestsGetAClearError(string path, HttpStatusCode status, string code)
    {
        await using var scene = await LabScene.StartAsync(Server, participants: 0);
        await scene.Facilitator.ApplyOkAsync("meeting.open", new { title = "Primo incontro" });
        var staff = await Server.StaffTokenAsync(LabServer.Facilitator);

        var error = await Assert.ThrowsAsync<LabApiException>(() => Server.Api.GetAsync(staff, $"api/labs/{scene.Lab.Id}/{path}"));

        Assert.Equal((status, code), (error.StatusCode, error.Code));
    }

    private async Task<byte[]> GetBytesAsync(string token, string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await Server.Http.SendAsync(request);
        Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadAsByteArrayAsync();
    }
}
