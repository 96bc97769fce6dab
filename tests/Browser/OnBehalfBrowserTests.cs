using System.Net;
using System.Text.RegularExpressions;
using Laboratori.Tests.Accounts;
using Laboratori.Tests.Web;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Laboratori.Tests.Browser;

/// <summary>
/// A facilitator writes cards <em>per conto di</em> an ente of the programme's register and a person of the lab's
/// adesioni from the add box's "Per conto di" picker, in Chromium; a participant's room shows whom each card was
/// written for (axe on both; 360, 1366 and 1920 px).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class OnBehalfBrowserTests
{
    private readonly BrowserFixture _browser;

    public OnBehalfBrowserTests(BrowserFixture browser)
    {
        _browser = browser;
        SetDefaultExpectTimeout((float)(Waits.Timeout.TotalMilliseconds * 2));
    }

    [Fact]
    public async Task AFacilitatorWritesForAnEnteAndAParticipantSeesWhomFor()
    {
        await using var server = new AccountServer();
        var s = await Structure.CreateAsync(server, "perconto");
        var coordinator = await server.TokenAsync(s.Coordinator, AccountServer.GoodPassword);
        var ente = (await Structure.Expect(server, HttpStatusCode.Created, HttpMethod.Post, $"/api/programmes/{s.Programme}/enti", coordinator, new { name = "Comune di Lecco", type = "comune" }))
            .GetProperty("id").GetString()!;
        var mario = (await Structure.Expect(server, HttpStatusCode.Created, HttpMethod.Post, $"/api/labs/{s.Lab}/adesioni", coordinator,
            new { displayName = "Mario Rossi", organisation = "Auser", sector = "terzo_settore" })).GetProperty("memberId").GetString()!;
        var code = (await server.CallAsync(HttpMethod.Get, $"/api/labs/{s.Lab}/join-code", await server.TokenAsync(AccountServer.Admin))).Body.GetProperty("joinCode").GetString()!;
        await using var facilitatorContext = await ContextAsync(server);
        await using var participantContext = await ContextAsync(server);
        var violations = new List<AxeViolation>();

        var participant = await participantContext.NewPageAsync();
        await participant.GotoAsync($"/?code={Uri.EscapeDataString(code)}");
        await participant.Locator("#join-name").FillAsync("Walter Neri");
        await participant.GetByRole(AriaRole.Button, new() { Name = "Entra", Exact = true }).ClickAsync();
        await Expect(participant.Locator(".badge.votes")).ToBeVisibleAsync();

        var facilitator = await facilitatorContext.NewPageAsync();
        await facilitator.GotoAsync("/");
        await facilitator.Locator("#staff-user").FillAsync(s.Facilitator);
        await facilitator.Locator("#staff-password").FillAsync(AccountServer.GoodPassword);
        await facilitator.GetByRole(AriaRole.Button, new() { Name = "Accedi", Exact = true }).ClickAsync();
        await Expect(facilitator).ToHaveURLAsync(new Regex("/staff$"));
        await facilitator.GotoAsync($"/lab/{s.Lab}");
        var picker = facilitator.GetByLabel("Per conto di (nuova scheda in Risorse)");
        // Mario (enrolled, no device) and Walter (walked in with the code) are both in the lab's adesioni.
        await Expect(picker.Locator("option")).ToHaveTextAsync(["me stesso/a", "Mario Rossi (Auser)", "Walter Neri", "Comune di Lecco (Comune)"]);
        // A participant writes only for themselves: no picker.
        await Expect(participant.Locator("#on-behalf-risorse")).ToBeHiddenAsync();

        await facilitator.Locator("#new-card-risorse").FillAsync("Sala civica il sabato");
        await picker.SelectOptionAsync($"ente:{ente}");
        await LiveRoom.Lane(facilitator, "risorse").GetByRole(AriaRole.Button, new() { Name = "Aggiungi", Exact = true }).ClickAsync();
        await facilitator.Locator("#new-card-bisogni").FillAsync("Servono orari serali");
        await facilitator.GetByLabel("Per conto di (nuova scheda in Bisogni)").SelectOptionAsync($"member:{mario}");
        await facilitator.Locator("#new-card-bisogni").PressAsync("Enter");

        await Expect(LiveRoom.Card(facilitator, "Sala civica il sabato").Locator(".card-meta")).ToContainTextAsync("per conto di Comune di Lecco");
        await Expect(LiveRoom.Card(participant, "Sala civica il sabato").Locator(".card-meta")).ToContainTextAsync("per conto di Comune di Lecco");
        await Expect(LiveRoom.Card(participant, "Servono orari serali").Locator(".card-meta")).ToContainTextAsync("per conto di Mario Rossi");
        // The choice stays for the next card of that lane.
        await Expect(picker).ToHaveValueAsync($"ente:{ente}");
        violations.AddRange(await Screens.ScanAndShootAsync(facilitator, "per-conto-di-facilitatore"));
        violations.AddRange(await Screens.ScanAndShootAsync(participant, "per-conto-di-partecipante"));

        Assert.Empty(violations);
    }

    private async Task<IBrowserContext> ContextAsync(AccountServer server) =>
        await _browser.Browser.NewContextAsync(new() { BaseURL = server.Server.BaseUrl.ToString(), ViewportSize = new() { Width = 1366, Height = 900 }, Locale = "it-IT" });
}
