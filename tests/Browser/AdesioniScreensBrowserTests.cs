using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Laboratori.Tests.Web;
using Microsoft.Playwright;
using static Laboratori.Tests.Browser.LiveRoom;
using static Microsoft.Playwright.Assertions;

namespace Laboratori.Tests.Browser;

/// <summary>
/// The adesioni screens in Chromium: staff import a list (a bad row is refused with its number, nothing imported), add a
/// person by hand, issue a personal link with its QR code and revoke it; the person opens <c>/entra/{token}</c> on two
/// devices and is one member, downloads their data in the room, and a revoked or unknown link says so. At a join with
/// the lab's code, "sei tu?" joins as the adherent (yes) or as a walk-in (no), and staff merge the two identities,
/// contributions kept. Axe on each step; screenshots at 360, 1366 and 1920 px (artifacts/browser/adesioni-*.png).
/// </summary>
[Collection(LiveCollection.Name)]
public sealed partial class AdesioniScreensBrowserTests(BrowserFixture browser, LabServerFixture server)
{
    private const string Header = "Nome;Organizzazione;Settore;Email\n";

    [Fact]
    public async Task StaffImportAndLinkAdherentsWhoJoinWithTheirPersonalLinkUntilItIsRevoked()
    {
        SetDefaultExpectTimeout((float)(Waits.Timeout.TotalMilliseconds * 2));
        const string Title = "Adesioni e link personali";
        await using var room = await CreateAsync(browser, server.Server, Title);
        var violations = new List<AxeViolation>();
        var staff = await room.Facilitator.Context.NewPageAsync();
        var panel = await OpenAdesioniAsync(staff, Title);
        await Expect(panel.Locator(".ws-adesioni-list")).ToHaveTextAsync("Nessuna adesione.");

        // A file with a bad e-mail on its third line: refused with the row's number, and nobody is imported.
        await panel.GetByRole(AriaRole.Button, new() { Name = $"Importa da file in «{Title}»" }).ClickAsync();
        var import = panel.GetByRole(AriaRole.Form, new() { Name = $"Importa da file in «{Title}»" });
        await import.GetByLabel("File CSV o XLSX").SetInputFilesAsync(Csv("adesioni.csv",
            "Mario Rossi;Comune di Lecco;ente_pubblico;\nLucia Bianchi;Cooperativa Il Sole;terzo_settore;lucia@\n"));
        await import.GetByRole(AriaRole.Button, new() { Name = "Importa", Exact = true }).ClickAsync();
        await Expect(import.GetByRole(AriaRole.Alert)).ToHaveTextAsync("Riga non valida. Riga 3: e-mail non valida.");
        await Expect(panel.Locator(".ws-adesione")).ToHaveCountAsync(0);
        violations.AddRange(await Screens.ScanAndShootAsync(staff, "adesioni-import-errore"));

        await import.GetByLabel("File CSV o XLSX").SetInputFilesAsync(Csv("adesioni.csv",
            "Mario Rossi;Comune di Lecco;ente_pubblico;\nLucia Bianchi;Cooperativa Il Sole;terzo_settore;lucia@example.org\nUgo Sala;Associazione Aurora;terzo_settore;\n"));
        await import.GetByRole(AriaRole.Button, new() { Name = "Importa", Exact = true }).ClickAsync();
        await Expect(panel.GetByRole(AriaRole.Status).First).ToHaveTextAsync("Importate 3 adesioni da adesioni.csv.");
        await Expect(import).ToHaveCountAsync(0);
        await Expect(panel.Locator(".ws-adesione-name")).ToHaveTextAsync(["Lucia Bianchi", "Mario Rossi", "Ugo Sala"]);

        // By hand: a person with no e-mail.
        await panel.GetByRole(AriaRole.Button, new() { Name = $"Aggiungi una persona a «{Title}»" }).ClickAsync();
        var add = panel.GetByRole(AriaRole.Form, new() { Name = $"Aggiungi una persona a «{Title}»" });
        await add.GetByLabel("Nome e cognome").FillAsync("Carla Neri");
        await add.GetByLabel("Organizzazione").FillAsync("Comune di Lecco");
        await add.GetByLabel("Settore").SelectOptionAsync("ente_pubblico");
        await add.GetByRole(AriaRole.Button, new() { Name = "Aggiungi", Exact = true }).ClickAsync();
        await Expect(panel.GetByRole(AriaRole.Status).First).ToHaveTextAsync("Aggiunta alle adesioni: Carla Neri");
        await Expect(panel.Locator(".ws-adesione-name")).ToHaveTextAsync(["Carla Neri", "Lucia Bianchi", "Mario Rossi", "Ugo Sala"]);

        // Lucia's personal link: the address, a copy button and the QR code the server draws.
        var lucia = panel.Locator(".ws-adesione").Filter(new() { HasText = "Lucia Bianchi" });
        await lucia.GetByRole(AriaRole.Button, new() { Name = "Link personale di Lucia Bianchi" }).ClickAsync();
        var linkPanel = lucia.GetByRole(AriaRole.Group, new() { Name = "Link personale di Lucia Bianchi" });
        await Expect(linkPanel).ToContainTextAsync("Nessun link personale.");
        await linkPanel.GetByRole(AriaRole.Button, new() { Name = "Crea il link" }).ClickAsync();
        var address = linkPanel.GetByLabel("Indirizzo del link personale di Lucia Bianchi");
        await Expect(address).ToHaveValueAsync(PersonalLink());
        var link = await address.InputValueAsync();
        var qr = linkPanel.GetByRole(AriaRole.Img, new() { Name = "Codice QR del link personale di Lucia Bianchi" });
        await Expect(qr).ToBeVisibleAsync();
        Assert.True(await qr.EvaluateAsync<bool>("img => img.complete && img.naturalWidth > 0"), "the QR code is drawn");
        await Expect(lucia.Locator(".ws-badge")).ToHaveTextAsync("link attivo");
        await Expect(linkPanel.GetByRole(AriaRole.Button, new() { Name = "Copia il link" })).ToBeVisibleAsync();
        violations.AddRange(await Screens.ScanAndShootAsync(staff, "adesioni-link"));

        // Lucia opens it on her phone: the notice, then in as herself.
        var members = await MembersAsync(room);
        var phone = await room.NewPageAsync(360, 780);
        await phone.GotoAsync(link);
        await Expect(phone.GetByRole(AriaRole.Heading, new() { Name = "Il tuo link personale" })).ToBeVisibleAsync();
        await Expect(phone.Locator(".privacy-notice")).ToContainTextAsync("Titolare del trattamento");
        violations.AddRange(await Screens.ScanAndShootAsync(phone, "adesioni-entra"));
        await phone.GetByRole(AriaRole.Button, new() { Name = "Entra", Exact = true }).ClickAsync();
        await Expect(phone).ToHaveURLAsync(new Regex($"/lab/{room.LabId}$"));
        await Expect(phone.Locator(".badge.votes")).ToBeVisibleAsync();
        Assert.Equal(members["Lucia Bianchi"], await ParticipantAsync(phone, room.LabId));

        // The same link on her laptop is the same person; on the phone again it goes straight in (notice read).
        var laptop = await room.NewPageAsync();
        await laptop.GotoAsync(link);
        await laptop.GetByRole(AriaRole.Button, new() { Name = "Entra", Exact = true }).ClickAsync();
        await Expect(laptop.Locator(".badge.votes")).ToBeVisibleAsync();
        Assert.Equal(members["Lucia Bianchi"], await ParticipantAsync(laptop, room.LabId));
        await phone.GotoAsync(link);
        await Expect(phone).ToHaveURLAsync(new Regex($"/lab/{room.LabId}$"));
        await Expect(phone.Locator(".badge.votes")).ToBeVisibleAsync();

        // Scarica i miei dati: the JSON file of what the lab holds about her.
        var myData = laptop.GetByRole(AriaRole.Button, new() { Name = "Scarica i miei dati" });
        await Expect(myData).ToBeVisibleAsync();
        violations.AddRange(await Screens.ScanAndShootAsync(laptop, "adesioni-miei-dati"));
        var download = await laptop.RunAndWaitForDownloadAsync(() => myData.ClickAsync());
        Assert.Equal($"i-miei-dati-{room.LabId}.json", download.SuggestedFilename);
        using (var data = JsonDocument.Parse(await File.ReadAllTextAsync((await download.PathAsync())!)))
        {
            Assert.Equal(members["Lucia Bianchi"], data.RootElement.GetProperty("memberId").GetString());
            var row = Assert.Single(data.RootElement.GetProperty("adesioni").EnumerateArray());
            Assert.Equal("Lucia Bianchi", row.GetProperty("displayName").GetString());
            Assert.Equal("lucia@example.org", row.GetProperty("email").GetString());
        }

        await Expect(room.Facilitator.GetByRole(AriaRole.Button, new() { Name = "Scarica i miei dati" })).ToBeHiddenAsync();

        // Revoked (after an in-page confirmation): the link no longer lets anyone in, and says why.
        await linkPanel.GetByRole(AriaRole.Button, new() { Name = "Revoca il link personale di Lucia Bianchi" }).ClickAsync();
        var confirm = lucia.GetByRole(AriaRole.Group, new() { Name = "Revoca il link personale di Lucia Bianchi" });
        await Expect(confirm).ToContainTextAsync("Chi lo apre non entrerà più");
        violations.AddRange(await Screens.ScanAndShootAsync(staff, "adesioni-revoca"));
        await confirm.GetByRole(AriaRole.Button, new() { Name = "Sì, revoca" }).ClickAsync();
        await Expect(panel.GetByRole(AriaRole.Status).First).ToHaveTextAsync("Link revocato: Lucia Bianchi.");
        await Expect(lucia.Locator(".ws-badge")).ToHaveTextAsync("link revocato");

        var elsewhere = await room.NewPageAsync(360, 780);
        await elsewhere.GotoAsync(link);
        await Expect(elsewhere.GetByRole(AriaRole.Alert)).ToHaveTextAsync("Questo link personale è stato revocato: chiedine uno nuovo a chi facilita.");
        await Expect(elsewhere.GetByRole(AriaRole.Button, new() { Name = "Entra", Exact = true })).ToHaveCountAsync(0);
        await Expect(elsewhere.GetByRole(AriaRole.Link, new() { Name = "Vai alla pagina iniziale" })).ToBeVisibleAsync();
        violations.AddRange(await Screens.ScanAndShootAsync(elsewhere, "adesioni-entra-revocato"));
        Assert.Null(await elsewhere.EvaluateAsync<string?>($"() => localStorage.getItem('laboratori.lab.{room.LabId}')"));

        await elsewhere.GotoAsync($"/entra/{new string('0', 32)}");
        await Expect(elsewhere.GetByRole(AriaRole.Alert)).ToHaveTextAsync("Link personale non valido.");

        Assert.Empty(violations);
    }

    [Fact]
    public async Task SeiTuJoinsAsTheAdherentOrAsAWalkInWhomStaffThenMergeKeepingTheirCards()
    {
        SetDefaultExpectTimeout((float)(Waits.Timeout.TotalMilliseconds * 2));
        const string Title = "Sei tu e unione";
        await using var room = await CreateAsync(browser, server.Server, Title);
        var violations = new List<AxeViolation>();
        await AddAsync(room, "Mario Rossi", "Comune di Lecco");
        await AddAsync(room, "Ugo Sala", "Associazione Aurora");
        var members = await MembersAsync(room);

        // Mario types his name with the code: the form asks whether he is the Mario Rossi of the list.
        var mario = await room.NewPageAsync(360, 780);
        await TypeJoinAsync(mario, room.JoinCode, "mario  rossi", "Comune di Lecco");
        var question = mario.GetByRole(AriaRole.Group, new() { Name = "Sei tu? Mario Rossi — Comune di Lecco" });
        await Expect(question).ToBeVisibleAsync();
        await Expect(question.GetByRole(AriaRole.Button, new() { Name = "Sì, sono io" })).ToBeFocusedAsync();
        violations.AddRange(await Screens.ScanAndShootAsync(mario, "adesioni-sei-tu"));
        await question.GetByRole(AriaRole.Button, new() { Name = "Sì, sono io" }).ClickAsync();
        await Expect(mario.Locator(".badge.votes")).ToBeVisibleAsync();
        Assert.Equal(members["Mario Rossi"], await ParticipantAsync(mario, room.LabId));

        // Someone else with Ugo's name and organisation says no: a new person, a walk-in, who writes a card.
        var other = await room.NewPageAsync();
        await TypeJoinAsync(other, room.JoinCode, "Ugo Sala", "Associazione Aurora");
        await other.GetByRole(AriaRole.Group, new() { Name = "Sei tu? Ugo Sala — Associazione Aurora" }).GetByRole(AriaRole.Button, new() { Name = "No, non sono io" }).ClickAsync();
        await Expect(other.Locator(".badge.votes")).ToBeVisibleAsync();
        var walkIn = await ParticipantAsync(other, room.LabId);
        Assert.NotEqual(members["Ugo Sala"], walkIn);
        await room.FreeWorkAsync(other);
        await AddCardAsync(other, "bisogni", "Un doposcuola nel quartiere");
        await Expect(Card(room.Facilitator, "Un doposcuola nel quartiere")).ToBeVisibleAsync();

        var staff = await room.Facilitator.Context.NewPageAsync();
        var panel = await OpenAdesioniAsync(staff, Title);
        await Expect(panel.Locator(".ws-adesione-name")).ToHaveTextAsync(["Mario Rossi", "Ugo Sala", "Ugo Sala"]);
        await Expect(panel.Locator(".ws-adesione").Filter(new() { HasText = "non aderente" })).ToHaveCountAsync(1);

        // Staff merge the walk-in into the listed Ugo Sala, after an in-page confirmation.
        var ids = await AdherentIdsAsync(room);
        await panel.GetByRole(AriaRole.Button, new() { Name = $"Unisci due persone di «{Title}»" }).ClickAsync();
        var form = panel.GetByRole(AriaRole.Form, new() { Name = $"Unisci due persone di «{Title}»" });
        await form.GetByLabel("Persona da tenere").SelectOptionAsync(ids[members["Ugo Sala"]]);
        await form.GetByLabel("Persona da unire").SelectOptionAsync(ids[walkIn]);
        await form.GetByRole(AriaRole.Button, new() { Name = "Continua" }).ClickAsync();
        var confirm = panel.GetByRole(AriaRole.Group, new() { Name = "Unisci Ugo Sala — Associazione Aurora — non aderente a Ugo Sala — Associazione Aurora" });
        await Expect(confirm).ToContainTextAsync("registro e ore contano le due come una persona sola");
        violations.AddRange(await Screens.ScanAndShootAsync(staff, "adesioni-unisci"));
        await confirm.GetByRole(AriaRole.Button, new() { Name = "Sì, unisci" }).ClickAsync();
        await Expect(panel.GetByRole(AriaRole.Status).First).ToHaveTextAsync("Unite: «Ugo Sala — Associazione Aurora — non aderente» ora conta come «Ugo Sala — Associazione Aurora».");
        await Expect(panel.Locator(".ws-adesione-name")).ToHaveTextAsync(["Mario Rossi", "Ugo Sala"]);
        await Expect(panel.Locator(".ws-adesione").Filter(new() { HasText = "Ugo Sala" }).Locator(".ws-meta")).ToHaveTextAsync("Associazione Aurora · comprende anche: Ugo Sala");
        violations.AddRange(await Screens.ScanAndShootAsync(staff, "adesioni-unite"));

        using (var list = await AdesioniAsync(room))
        {
            var merged = list.RootElement.EnumerateArray().Single(a => a.GetProperty("memberId").GetString() == walkIn);
            Assert.Equal(members["Ugo Sala"], merged.GetProperty("mergedInto").GetString());
        }

        // The walk-in's card is still there, theirs.
        await room.Facilitator.ReloadAsync();
        await Expect(Card(room.Facilitator, "Un doposcuola nel quartiere")).ToBeVisibleAsync();

        Assert.Empty(violations);
    }

    private static async Task<ILocator> OpenAdesioniAsync(IPage staff, string title)
    {
        await staff.GotoAsync("/staff");
        await staff.GetByRole(AriaRole.Button, new() { Name = $"Adesioni di «{title}»" }).ClickAsync();
        var panel = staff.GetByRole(AriaRole.Region, new() { Name = $"Adesioni di «{title}»" });
        await Expect(panel).Not.ToHaveAttributeAsync("aria-busy", "true");
        return panel;
    }

    private static async Task TypeJoinAsync(IPage page, string code, string name, string organisation)
    {
        await page.GotoAsync($"/?code={Uri.EscapeDataString(code)}");
        await page.Locator("#join-name").FillAsync(name);
        await page.Locator("#join-organisation").FillAsync(organisation);
        await page.GetByRole(AriaRole.Button, new() { Name = "Entra", Exact = true }).ClickAsync();
    }

    private static FilePayload Csv(string name, string rows) =>
        new() { Name = name, MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(Header + rows) };

    private static async Task<string> ParticipantAsync(IPage page, string labId) =>
        (await page.EvaluateAsync<string>($"() => JSON.parse(localStorage.getItem('laboratori.lab.{labId}')).participantId"))!;

    private static async Task AddAsync(LiveRoom room, string name, string organisation)
    {
        using var request = await RequestAsync(room, HttpMethod.Post, $"/api/labs/{room.LabId}/adesioni");
        request.Content = Json(new { displayName = name, organisation, sector = "terzo_settore" });
        using var response = await room.Server.Http.SendAsync(request);
        Assert.Equal(System.Net.HttpStatusCode.Created, response.StatusCode);
    }

    /// <summary>The lab's adesioni as staff read them (GET /api/labs/{id}/adesioni).</summary>
    private static async Task<JsonDocument> AdesioniAsync(LiveRoom room)
    {
        using var request = await RequestAsync(room, HttpMethod.Get, $"/api/labs/{room.LabId}/adesioni");
        using var response = await room.Server.Http.SendAsync(request);
        response.EnsureSuccessStatusCode();
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync());
    }

    /// <summary>Display name → member id of everyone listed and not merged.</summary>
    private static async Task<Dictionary<string, string>> MembersAsync(LiveRoom room)
    {
        using var list = await AdesioniAsync(room);
        return list.RootElement.EnumerateArray().Where(a => a.GetProperty("mergedInto").ValueKind == JsonValueKind.Null)
            .ToDictionary(a => a.GetProperty("displayName").GetString()!, a => a.GetProperty("memberId").GetString()!);
    }

    /// <summary>Member id → adesione id of everyone in the list.</summary>
    private static async Task<Dictionary<string, string>> AdherentIdsAsync(LiveRoom room)
    {
        using var list = await AdesioniAsync(room);
        return list.RootElement.EnumerateArray().ToDictionary(a => a.GetProperty("memberId").GetString()!, a => a.GetProperty("id").GetString()!);
    }

    private static async Task<HttpRequestMessage> RequestAsync(LiveRoom room, HttpMethod method, string path)
    {
        var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await room.Server.StaffTokenAsync(LabServer.Facilitator));
        return request;
    }

    private static StringContent Json(object body) => new(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json");

    [GeneratedRegex("/entra/[0-9a-f]{32}$")]
    private static partial Regex PersonalLink();
}
