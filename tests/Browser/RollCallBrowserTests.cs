using System.Text.RegularExpressions;
using Laboratori.Tests.Accounts;
using Laboratori.Tests.Attendance;
using Laboratori.Tests.Web;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Laboratori.Tests.Browser;

/// <summary>
/// The roll call of an incontro in the staff workspace, in Chromium: the edizione's tutor opens the register (everyone
/// in the adesioni, people without a device included), marks someone late with an entry time, and is told in place
/// when a time is wrong; axe, and screenshots at 360, 1366 and 1920 px (artifacts/browser/registro-*.png).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class RollCallBrowserTests
{
    private readonly BrowserFixture _browser;

    public RollCallBrowserTests(BrowserFixture browser)
    {
        _browser = browser;
        SetDefaultExpectTimeout((float)(Waits.Timeout.TotalMilliseconds * 2));
    }

    [Fact]
    public async Task TheTutorTakesTheRollCallOfAnIncontro()
    {
        var fixture = new LongRegisterServerFixture();
        await fixture.InitializeAsync();
        try
        {
            var server = fixture.Server;
            var (s, _, _) = await new HoursApiTests(fixture).FixtureAsync("appello");
            await using var context = await _browser.Browser.NewContextAsync(new() { BaseURL = server.Server.BaseUrl.ToString(), ViewportSize = new() { Width = 1366, Height = 900 }, Locale = "it-IT" });
            var page = await context.NewPageAsync();
            await page.GotoAsync("/");
            await page.Locator("#staff-user").FillAsync(s.Tutor);
            await page.Locator("#staff-password").FillAsync(AccountServer.GoodPassword);
            await page.GetByRole(AriaRole.Button, new() { Name = "Accedi", Exact = true }).ClickAsync();
            await Expect(page).ToHaveURLAsync(new Regex("/staff$"));

            await page.GetByRole(AriaRole.Button, new() { Name = "Incontri di Abitare a Firenze" }).First.ClickAsync();
            const string Register = "Registro dell’incontro del 24/02/2026 14:00–17:00";
            await page.GetByRole(AriaRole.Button, new() { Name = Register }).ClickAsync();
            var panel = page.GetByRole(AriaRole.Region, new() { Name = Register });
            await Expect(panel).Not.ToHaveAttributeAsync("aria-busy", "true");
            await Expect(panel).ToContainTextAsync("Orari in ora italiana (Europe/Rome).");
            await Expect(panel.Locator(".ws-adesione-name")).ToHaveTextAsync(["Lucia Bianchi", "Nicolò Ferri", "Ugo Sala"]);
            await Expect(panel.Locator("[data-member-id] .ws-badge")).ToHaveTextAsync(["assente", "assente"]);

            var ugo = panel.GetByRole(AriaRole.Form, new() { Name = "Appello di Ugo Sala" });
            await ugo.GetByLabel("Presenza di Ugo Sala", new() { Exact = true }).SelectOptionAsync("ritardo");
            await ugo.GetByLabel("Entrata di Ugo Sala", new() { Exact = true }).FillAsync("14:30");
            await ugo.GetByLabel("Uscita di Ugo Sala", new() { Exact = true }).FillAsync("14:00");
            await ugo.GetByRole(AriaRole.Button, new() { Name = "Salva la presenza di Ugo Sala" }).ClickAsync();
            await Expect(panel.Locator("[data-member-id] .form-error:not([hidden])")).ToContainTextAsync("Orario non valido");
            NoViolations(await Screens.ScanAndShootAsync(page, "registro-errore"));

            await ugo.GetByLabel("Uscita di Ugo Sala", new() { Exact = true }).FillAsync("");
            await ugo.GetByRole(AriaRole.Button, new() { Name = "Salva la presenza di Ugo Sala" }).ClickAsync();
            await Expect(panel.GetByRole(AriaRole.Status)).ToHaveTextAsync("Ugo Sala: in ritardo");
            var row = panel.Locator(".ws-register-row").Filter(new() { HasText = "Ugo Sala" });
            await Expect(row.Locator(".ws-badge")).ToHaveTextAsync("in ritardo");
            await Expect(row).ToContainTextAsync("2,5 ore");
            NoViolations(await Screens.ScanAndShootAsync(page, "registro"));

            var marks = await server.CallAsync(HttpMethod.Get, $"/api/labs/{s.Lab}/hours", await server.TokenAsync(s.Coordinator, AccountServer.GoodPassword));
            Assert.Contains(marks.Body.GetProperty("people").EnumerateArray(), p => p.GetProperty("person").GetProperty("displayName").GetString() == "Ugo Sala" && p.GetProperty("hours").GetDecimal() == 2.5m);
        }
        finally
        {
            await fixture.DisposeAsync();
        }

        static void NoViolations(List<AxeViolation> found) => Assert.Empty(found);
    }
}
