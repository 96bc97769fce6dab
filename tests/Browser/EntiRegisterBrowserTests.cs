using System.Net;
using System.Text.RegularExpressions;
using Laboratori.Tests.Accounts;
using Laboratori.Tests.Web;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Laboratori.Tests.Browser;

/// <summary>
/// The register of enti of a programme in the staff workspace, in Chromium: the coordinator adds, corrects and removes
/// enti (a duplicate is refused in the form), a facilitator of the programme reads it without the tools; axe on each
/// step and screenshots at 360, 1366 and 1920 px (artifacts/browser/enti-*.png).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class EntiRegisterBrowserTests
{
    private readonly BrowserFixture _browser;

    public EntiRegisterBrowserTests(BrowserFixture browser)
    {
        _browser = browser;
        SetDefaultExpectTimeout((float)(Waits.Timeout.TotalMilliseconds * 2));
    }

    [Fact]
    public async Task TheCoordinatorKeepsTheRegisterAndAFacilitatorReadsIt()
    {
        await using var server = new AccountServer();
        var s = await Structure.CreateAsync(server, "registro");
        var title = "Innovazione e inclusione sociale registro";
        var violations = new List<AxeViolation>();
        await using var context = await ContextAsync(server);
        var page = await SignInAsync(context, s.Coordinator);

        var panel = await OpenAsync(page, title);
        await Expect(panel.Locator(".ws-enti-list")).ToHaveTextAsync("Nessun ente nel registro.");
        await AddAsync(panel, "Comune di  Lecco", "comune");
        await Expect(panel.GetByRole(AriaRole.Status)).ToHaveTextAsync("Aggiunto al registro: Comune di Lecco");
        await AddAsync(panel, "Cooperativa sociale Il Girasole", "cooperativa_sociale");
        await AddAsync(panel, "Fondazione Comunitaria", "fondazione");
        await Expect(panel.Locator(".ws-ente-name")).ToHaveTextAsync(["Comune di Lecco", "Cooperativa sociale Il Girasole", "Fondazione Comunitaria"]);
        await Expect(panel.Locator(".ws-ente .ws-meta")).ToHaveTextAsync(["Comune · Ente pubblico", "Cooperativa sociale · Terzo settore", "Fondazione · Terzo settore"]);

        // The same name typed another way is refused where it was typed, and nothing is added.
        await panel.GetByRole(AriaRole.Button, new() { Name = "Nuovo ente", Exact = true }).ClickAsync();
        var form = panel.GetByRole(AriaRole.Form, new() { Name = "Nuovo ente" });
        await form.GetByLabel("Nome ufficiale").FillAsync("comune di lecco");
        await form.GetByLabel("Tipo").SelectOptionAsync("comune");
        await form.GetByRole(AriaRole.Button, new() { Name = "Crea", Exact = true }).ClickAsync();
        await Expect(form.GetByRole(AriaRole.Alert)).ToContainTextAsync("Questo ente è già nel registro.");
        violations.AddRange(await Screens.ScanAndShootAsync(page, "enti-doppione"));
        await form.GetByRole(AriaRole.Button, new() { Name = "Annulla", Exact = true }).ClickAsync();
        await Expect(panel.Locator(".ws-ente")).ToHaveCountAsync(3);

        // A foundation that counts as a public body here: the sector differs from its type's.
        var fondazione = panel.Locator(".ws-ente").Filter(new() { HasText = "Fondazione Comunitaria" });
        await fondazione.GetByRole(AriaRole.Button, new() { Name = "Modifica Fondazione Comunitaria" }).ClickAsync();
        var edit = fondazione.GetByRole(AriaRole.Form, new() { Name = "Modifica Fondazione Comunitaria" });
        await edit.GetByLabel("Nome ufficiale").FillAsync("Fondazione Comunitaria del Lecchese");
        await edit.GetByLabel("Settore").SelectOptionAsync("ente_pubblico");
        await edit.GetByRole(AriaRole.Button, new() { Name = "Salva", Exact = true }).ClickAsync();
        await Expect(panel.GetByRole(AriaRole.Status)).ToHaveTextAsync("Salvato: Fondazione Comunitaria del Lecchese");
        await Expect(panel.Locator(".ws-ente").Filter(new() { HasText = "Fondazione Comunitaria del Lecchese" }).Locator(".ws-meta")).ToHaveTextAsync("Fondazione · Ente pubblico");
        violations.AddRange(await Screens.ScanAndShootAsync(page, "enti"));

        var coop = panel.Locator(".ws-ente").Filter(new() { HasText = "Il Girasole" });
        await coop.GetByRole(AriaRole.Button, new() { Name = "Rimuovi Cooperativa sociale Il Girasole dal registro" }).ClickAsync();
        await Expect(coop.GetByRole(AriaRole.Group, new() { Name = "Rimuovi Cooperativa sociale Il Girasole dal registro" })).ToContainTextAsync("Le adesioni e le schede scritte per suo conto restano come sono.");
        violations.AddRange(await Screens.ScanAndShootAsync(page, "enti-conferma"));
        await coop.GetByRole(AriaRole.Button, new() { Name = "Sì, rimuovi" }).ClickAsync();
        await Expect(panel.GetByRole(AriaRole.Status)).ToHaveTextAsync("Rimosso dal registro: Cooperativa sociale Il Girasole");
        await Expect(panel.Locator(".ws-ente-name")).ToHaveTextAsync(["Comune di Lecco", "Fondazione Comunitaria del Lecchese"]);
        Assert.Equal(2, (await Structure.Expect(server, HttpStatusCode.OK, HttpMethod.Get, $"/api/programmes/{s.Programme}/enti", await server.TokenAsync(s.Coordinator, AccountServer.GoodPassword))).GetArrayLength());

        // A facilitator of the programme reads the register, without its tools.
        await using var facilitatorContext = await ContextAsync(server);
        var facilitator = await SignInAsync(facilitatorContext, s.Facilitator);
        var read = await OpenAsync(facilitator, title);
        await Expect(read.Locator(".ws-ente-name")).ToHaveTextAsync(["Comune di Lecco", "Fondazione Comunitaria del Lecchese"]);
        await Expect(read.GetByRole(AriaRole.Button)).ToHaveCountAsync(0);
        violations.AddRange(await Screens.ScanAndShootAsync(facilitator, "enti-lettura"));

        Assert.Empty(violations);
    }

    private static async Task<ILocator> OpenAsync(IPage page, string title)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = $"Registro degli enti di «{title}»" }).ClickAsync();
        var panel = page.GetByRole(AriaRole.Region, new() { Name = $"Registro degli enti di «{title}»" });
        await Expect(panel).Not.ToHaveAttributeAsync("aria-busy", "true");
        return panel;
    }

    private static async Task AddAsync(ILocator panel, string name, string type)
    {
        await panel.GetByRole(AriaRole.Button, new() { Name = "Nuovo ente", Exact = true }).ClickAsync();
        var form = panel.GetByRole(AriaRole.Form, new() { Name = "Nuovo ente" });
        await form.GetByLabel("Nome ufficiale").FillAsync(name);
        await form.GetByLabel("Tipo").SelectOptionAsync(type);
        await form.GetByRole(AriaRole.Button, new() { Name = "Crea", Exact = true }).ClickAsync();
        await Expect(form).ToHaveCountAsync(0);
    }

    private static async Task<IPage> SignInAsync(IBrowserContext context, string user)
    {
        var page = await context.NewPageAsync();
        await page.GotoAsync("/");
        await page.Locator("#staff-user").FillAsync(user);
        await page.Locator("#staff-password").FillAsync(AccountServer.GoodPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Accedi", Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/staff$"));
        return page;
    }

    private async Task<IBrowserContext> ContextAsync(AccountServer server) =>
        await _browser.Browser.NewContextAsync(new() { BaseURL = server.Server.BaseUrl.ToString(), ViewportSize = new() { Width = 1366, Height = 900 }, Locale = "it-IT" });
}
