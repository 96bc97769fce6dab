using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Laboratori.Tests.Accounts;
using Laboratori.Tests.Web;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Laboratori.Tests.Browser;

/// <summary>
/// The workspace's "Azioni aperte" of an edizione in headless Chromium: the coordinator opens it under the edizione and
/// reads the overdue and due actions of both its labs, overdue first, each under a link to its lab (axe; 360, 1366 and
/// 1920 px).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class EdizioneActionsBrowserTests
{
    private readonly BrowserFixture _browser;

    public EdizioneActionsBrowserTests(BrowserFixture browser)
    {
        _browser = browser;
        SetDefaultExpectTimeout((float)(Waits.Timeout.TotalMilliseconds * 2));
    }

    [Fact]
    public async Task TheCoordinatorReadsWhatIsDueAcrossTheLabsOfAnEdizione()
    {
        await using var server = new AccountServer();
        var s = await Structure.CreateAsync(server, "azioni");
        var token = await server.TokenAsync(s.Coordinator, AccountServer.GoodPassword);
        var second = (await Structure.Expect(server, HttpStatusCode.Created, HttpMethod.Post, $"/api/edizioni/{s.Edizione}/labs", token, new { title = "Giovani a Firenze" }))
            .GetProperty("id").GetString()!;
        // Deadlines around the server's real today: far enough from it that the Rome date cannot tip them over.
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        string Day(int days) => today.AddDays(days).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        await LabActions.AddAsync(server, token, s.Lab,
            ("a1", "Portierato sociale", Day(-30), null), ("a2", "Festa di quartiere", Day(5), "in_corso"), ("a3", "Sportello aperto", Day(-3), "fatto"), ("a4", "Orti", Day(90), null));
        await LabActions.AddAsync(server, token, second, ("b1", "Spazio compiti", Day(-10), "bloccato"));
        await using var context = await _browser.Browser.NewContextAsync(new() { BaseURL = server.Server.BaseUrl.ToString(), ViewportSize = new() { Width = 1366, Height = 900 }, Locale = "it-IT" });
        var page = await context.NewPageAsync();
        await StaffSignIn.FromHomeAsync(page, s.Coordinator, AccountServer.GoodPassword);

        var edizione = page.Locator($"li.ws-edizione[data-edizione-id=\"{s.Edizione}\"]");
        await edizione.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Azioni aperte di ") }).ClickAsync();

        var panel = edizione.Locator(".ws-open-actions");
        await Expect(panel.GetByRole(AriaRole.Heading, new() { NameRegex = new Regex("^Azioni aperte di ") })).ToBeVisibleAsync();
        var items = panel.Locator(".open-action");
        await Expect(items.Locator(".open-action-text")).ToHaveTextAsync(["Portierato sociale", "Spazio compiti", "Festa di quartiere"]);
        await Expect(items.Locator(".open-action-flag")).ToHaveTextAsync(["Scaduta", "Scaduta", "In scadenza"]);
        await Expect(items.Locator(".open-action-lab")).ToHaveTextAsync(["Abitare a Firenze", "Giovani a Firenze", "Abitare a Firenze"]);
        await Expect(items.Nth(1)).ToContainTextAsync("Bloccato");
        await Expect(page.Locator($"li.ws-edizione[data-edizione-id=\"{s.OtherEdizione}\"] .ws-open-actions")).ToHaveCountAsync(0);
        var blocking = (await Axe.ScanAsync(page)).Where(v => v.Impact is "serious" or "critical").Select(v => $"{v.Id} ({v.Impact}) {v.Help} at {v.Where}").ToList();
        foreach (var width in new[] { 360, 1366, 1920 })
        {
            await page.SetViewportSizeAsync(width, 900);
            await panel.ScrollIntoViewIfNeededAsync();
            await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.Artifacts, $"azioni-edizione-{width}.png"), FullPage = true });
            await LayoutAssertions.NoSidewaysScrollAsync(page);
        }

        Assert.True(blocking.Count == 0, string.Join("\n", blocking));
        await page.SetViewportSizeAsync(1366, 900);
        await items.Nth(1).GetByRole(AriaRole.Link, new() { Name = "Coesione e azioni: Giovani a Firenze" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex($"/lab/{Regex.Escape(second)}/coesione$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Coesione e azioni", Level = 1 })).ToBeVisibleAsync();
    }
}
