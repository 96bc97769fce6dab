using Laboratori.Tests.Web;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Laboratori.Tests.Browser;

/// <summary>
/// The network view of "Coesione e azioni" on a lab whose participants come from two enti and three sectors: the
/// people's and the enti's networks with their ties, the legend's sector colours, the ties as a table; axe-scanned and
/// photographed at 360, 1366 and 1920 px.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class NetworkViewTests
{
    private readonly BrowserFixture _browser;

    public NetworkViewTests(BrowserFixture browser)
    {
        _browser = browser;
        SetDefaultExpectTimeout((float)Waits.Timeout.TotalMilliseconds);
    }

    [Fact]
    public async Task TheNetworkShowsWhoInteractedAcrossEntiAndSectors()
    {
        await using var server = new LabServer();
        await using var scene = await LabScene.StartAsync(server, participants: 0);
        await using var anna = (await StaffPages.JoinAsync(server, scene.Lab, "Anna", "Comune di Pisa", "ente_pubblico")).Peer;
        await using var bruno = (await StaffPages.JoinAsync(server, scene.Lab, "Bruno", "Coop Il Ponte", "terzo_settore")).Peer;
        await using var carla = (await StaffPages.JoinAsync(server, scene.Lab, "Carla", "Comune di Pisa", "ente_pubblico")).Peer;
        await using var dario = (await StaffPages.JoinAsync(server, scene.Lab, "Dario", "", "cittadino")).Peer;
        await scene.Facilitator.ApplyOkAsync("meeting.open", new { title = "Primo incontro" });
        await anna.ApplyOkAsync("card.add", Payloads.AddCard("n1", "Anziani soli la sera"));
        await bruno.ApplyOkAsync("card.add", Payloads.AddCard("r1", "Volontari del quartiere", "risorse"));
        await carla.ApplyOkAsync("card.add", Payloads.AddCard("a1", "Telefonate serali", "azioni"));
        // Bruno → Anna, Carla → Bruno (her own card is the link's other end), Anna → Bruno, Dario → Anna.
        await bruno.ApplyOkAsync("comment.add", new { commentId = "m1", cardId = "n1", text = "Lo vediamo anche noi" });
        await carla.ApplyOkAsync("link.add", new { linkId = "l1", from = "r1", to = "a1" });
        await anna.ApplyOkAsync("vote.cast", new { cardId = "r1" });
        await dario.ApplyOkAsync("comment.add", new { commentId = "m2", cardId = "n1", text = "Mia madre è tra loro" });
        await using var context = await _browser.Browser.NewContextAsync(new() { BaseURL = server.BaseUrl.ToString(), ViewportSize = new() { Width = 1366, Height = 900 } });
        await StaffPages.SignInAsync(context, server, LabServer.Facilitator);
        var page = await context.NewPageAsync();

        await page.GotoAsync($"/lab/{scene.Lab.Id}/coesione");

        await Expect(page.Locator(".cohesion-figures dd").Nth(1)).ToHaveTextAsync("4 persone, 2 enti");
        var people = page.GetByRole(AriaRole.Img, new() { Name = "Persone", Exact = true });
        var enti = page.GetByRole(AriaRole.Img, new() { Name = "Enti", Exact = true });
        await Expect(people.Locator("circle")).ToHaveCountAsync(4);
        await Expect(people.Locator("line")).ToHaveCountAsync(3);
        await Expect(enti.Locator("circle")).ToHaveCountAsync(2);
        await Expect(enti.Locator("line")).ToHaveCountAsync(1);
        await Expect(enti.Locator("text")).ToHaveTextAsync(["Comune di Pisa", "Coop Il Ponte"]);
        Assert.Equal(
            ["rgb(31, 95, 168)", "rgb(46, 133, 64)", "rgb(179, 89, 0)", "rgb(107, 91, 149)"],
            await page.Locator(".network-legend .swatch").EvaluateAllAsync<string[]>("els => els.map(e => getComputedStyle(e).backgroundColor)"));
        await page.Locator(".cohesion-network details > summary").ClickAsync();
        await Expect(page.Locator(".network-table tbody tr")).ToHaveCountAsync(4);
        await Expect(page.Locator(".network-table tbody tr").Filter(new() { HasText = "Coop Il Ponte" }).Locator("td").Nth(2)).ToHaveTextAsync("3");

        var blocking = (await Axe.ScanAsync(page)).Where(v => v.Impact is "serious" or "critical").Select(v => $"{v.Id} ({v.Impact}) {v.Help} at {v.Where}").ToList();
        foreach (var width in new[] { 360, 1366, 1920 })
        {
            await page.SetViewportSizeAsync(width, 900);
            await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.Artifacts, $"rete-{width}.png"), FullPage = true });
            await LayoutAssertions.NoSidewaysScrollAsync(page);
        }

        Assert.True(blocking.Count == 0, string.Join("\n", blocking));
    }
}
