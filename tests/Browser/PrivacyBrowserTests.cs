using Laboratori.Tests.Web;
using Microsoft.Playwright;
using static Laboratori.Tests.Browser.LiveRoom;
using static Microsoft.Playwright.Assertions;

namespace Laboratori.Tests.Browser;

/// <summary>
/// The privacy notice on the join form (read before joining, in Italian and English) and a person's erasure from the
/// staff workspace's adesioni, in Chromium, scanned with axe and photographed at 360, 1366 and 1920 px.
/// </summary>
[Collection(LiveCollection.Name)]
public sealed class PrivacyBrowserTests(BrowserFixture browser, LabServerFixture server)
{
    private const string Title = "Informativa e cancellazione";

    [Fact]
    public async Task TheJoinFormShowsTheNoticeAndStaffEraseAPersonFromTheAdesioni()
    {
        SetDefaultExpectTimeout((float)(Waits.Timeout.TotalMilliseconds * 2));
        await using var room = await CreateAsync(browser, server.Server, Title);
        var violations = new List<AxeViolation>();

        var page = await room.NewPageAsync();
        await page.GotoAsync($"/?code={Uri.EscapeDataString(room.JoinCode)}");
        var notice = page.Locator(".privacy-notice");
        await Expect(notice.Locator("summary")).ToHaveTextAsync("Informativa sulla privacy");
        await Expect(notice).ToContainTextAsync("Titolare del trattamento");
        await Expect(notice).ToContainTextAsync("interesse pubblico");
        await Expect(notice).ToContainTextAsync($"Versione {Laboratori.Tests.Support.PrivacyVersion.Current}");
        await Expect(page.Locator("#join-privacy-ack")).ToHaveTextAsync("Entrando confermi di aver letto l’informativa.");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Entra", Exact = true })).ToHaveAttributeAsync("aria-describedby", "join-privacy-ack");
        violations.AddRange(await Screens.ScanAndShootAsync(page, "informativa"));

        await page.GetByRole(AriaRole.Button, new() { Name = "Switch to English" }).ClickAsync();
        await Expect(notice.Locator("summary")).ToHaveTextAsync("Privacy notice");
        await Expect(notice).ToContainTextAsync("public interest");
        await page.GetByRole(AriaRole.Button, new() { Name = "Passa all’italiano" }).ClickAsync();

        await page.Locator("#join-name").FillAsync("Ermenegilda Zanardelli");
        await page.GetByRole(AriaRole.Button, new() { Name = "Entra", Exact = true }).ClickAsync();
        await Expect(page.Locator(".badge.votes")).ToBeVisibleAsync();
        await room.FreeWorkAsync(page);
        await AddCardAsync(page, "bisogni", "Una casa vicina ai servizi");

        var staff = room.Facilitator;
        await staff.GotoAsync("/staff");
        await staff.GetByRole(AriaRole.Button, new() { Name = $"Adesioni di «{Title}»" }).ClickAsync();
        var panel = staff.GetByRole(AriaRole.Region, new() { Name = $"Adesioni di «{Title}»" });
        await Expect(panel.Locator(".ws-adesione-name")).ToHaveTextAsync("Ermenegilda Zanardelli");
        await panel.GetByRole(AriaRole.Button, new() { Name = "Cancella i dati di Ermenegilda Zanardelli" }).ClickAsync();
        await Expect(panel.GetByRole(AriaRole.Group, new() { Name = "Cancella i dati di Ermenegilda Zanardelli" })).ToContainTextAsync("Non si può annullare.");
        violations.AddRange(await Screens.ScanAndShootAsync(staff, "adesioni-conferma"));
        await panel.GetByRole(AriaRole.Button, new() { Name = "Sì, cancella i dati" }).ClickAsync();
        await Expect(panel.GetByRole(AriaRole.Status)).ToHaveTextAsync("Dati cancellati: ora è Partecipante 1.");
        await Expect(panel.Locator(".ws-adesione-name")).ToHaveTextAsync("Partecipante 1");
        await Expect(panel.Locator(".ws-badge")).ToHaveTextAsync("dati cancellati");
        await Expect(panel.GetByRole(AriaRole.Button, new() { Name = "Cancella i dati di Partecipante 1" })).ToHaveCountAsync(0);
        violations.AddRange(await Screens.ScanAndShootAsync(staff, "adesioni-cancellata"));

        Assert.Empty(violations);
    }
}
