using System.Text.Json;
using Laboratori.Tests.Web;
using Microsoft.Playwright;
using static Laboratori.Tests.Browser.LiveRoom;
using static Microsoft.Playwright.Assertions;

namespace Laboratori.Tests.Browser;

/// <summary>
/// Every main screen at a phone's, a laptop's and a classroom screen's width, with cards, links and themes on the
/// canvas: screenshots for people to look at, an axe scan of each, and a replay that follows the running lab.
/// </summary>
[Collection(LiveCollection.Name)]
public sealed class MainScreensTests(BrowserFixture browser, LabServerFixture server)
{
    private static readonly (int Width, int Height)[] Sizes = [(360, 740), (1366, 768), (1920, 1080)];

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    [Fact]
    public async Task EveryMainScreenAtThreeWidthsHasNoSeriousAccessibilityViolationsAndTheReplayFollowsTheLab()
    {
        await using var room = await CreateAsync(browser, server.Server, "Casa e quartiere: abitare insieme");
        var anna = await room.JoinByTypingAsync("Anna Rossi", "Comune di Pisa", "ente_pubblico");
        await room.FreeWorkAsync(anna);
        await SeedAsync(room);
        await Expect(Lane(anna, "bisogni").Locator("li.card")).ToHaveCountAsync(4);

        var projector = await room.Facilitator.Context.NewPageAsync();
        await projector.GotoAsync($"/lab/{room.LabId}/proiezione");
        var replay = await room.Facilitator.Context.NewPageAsync();
        await replay.GotoAsync($"/lab/{room.LabId}/replay");
        await Expect(replay.Locator("#replay-position")).ToContainTextAsync("Evento");

        var report = new Dictionary<string, List<AxeViolation>>();
        var screens = new (string Name, IPage Page)[] { ("partecipante", anna), ("facilitatore", room.Facilitator), ("proiezione", projector), ("cronologia", replay) };
        foreach (var (width, height) in Sizes)
        {
            foreach (var (name, page) in screens)
            {
                await page.SetViewportSizeAsync(width, height);
                await page.EvaluateAsync("() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))");
                await ScreenshotAsync(page, $"schermata-{name}-{width}.png");
                if (name != "proiezione")
                {
                    await LayoutAssertions.NoSidewaysScrollAsync(page);
                }

                if (width != 1920)
                {
                    report[$"{name}-{width}"] = await Axe.ScanAsync(page);
                }
            }
        }

        await File.WriteAllTextAsync(Path.Combine(BrowserFixture.Artifacts, "axe-schermate.json"), JsonSerializer.Serialize(report, Indented));
        var blocking = report.SelectMany(r => r.Value.Where(v => v.Impact is "serious" or "critical").Select(v => $"{r.Key}: {v.Id} ({v.Impact}) {v.Help}")).ToList();
        Assert.True(blocking.Count == 0, string.Join("\n", blocking));

        // The replay follows the running lab, and its address says where it stands.
        await replay.SetViewportSizeAsync(1366, 768);
        await replay.Locator("#replay-follow").CheckAsync();
        await AddCardAsync(anna, "azioni", "Arriva mentre la cronologia segue");
        await Expect(replay.Locator(".replay-canvas")).ToContainTextAsync("Arriva mentre la cronologia segue");
        var last = await replay.Locator("#replay-slider").GetAttributeAsync("max");
        await Expect(replay).ToHaveURLAsync(new System.Text.RegularExpressions.Regex($@"/replay\?seq={last}$"));
        await replay.Locator(".replay-step-back").ClickAsync();
        var back = int.Parse(last!, System.Globalization.CultureInfo.InvariantCulture) - 1;
        await Expect(replay).ToHaveURLAsync(new System.Text.RegularExpressions.Regex($@"/replay\?seq={back}$"));
        await replay.ReloadAsync();
        await Expect(replay.Locator("#replay-slider")).ToHaveValueAsync(back.ToString(System.Globalization.CultureInfo.InvariantCulture));

        // Its controls stay in sight while the canvas scrolls under them.
        await replay.EvaluateAsync("() => window.scrollTo(0, document.body.scrollHeight)");
        await Expect(replay.Locator(".replay-play")).ToBeInViewportAsync();
    }

    [Fact]
    public async Task TheJoinPageTheShareDialogACardsPanelAndEveryLaneOfThePhoneAtThreeWidths()
    {
        await using var room = await CreateAsync(browser, server.Server, "Casa e quartiere: abitare insieme");
        var page = room.Facilitator;
        await room.FreeWorkAsync();
        await SeedAsync(room);
        await Expect(Lane(page, "bisogni").Locator("li.card")).ToHaveCountAsync(4);
        var landing = await room.NewPageAsync();
        await landing.GotoAsync($"/?code={Uri.EscapeDataString(room.JoinCode)}");
        await Expect(landing.Locator("#join-code")).ToHaveValueAsync(room.JoinCode);

        var report = new Dictionary<string, List<AxeViolation>>();
        var menu = Card(page, "Anziani soli nei condomini popolari").GetByRole(AriaRole.Button, new() { Name = "Altro sulla scheda: Anziani soli nei condomini popolari" });
        foreach (var (width, height) in Sizes)
        {
            await ShowAsync(landing, width, height, $"schermata-ingresso-{width}.png");
            report[$"ingresso-{width}"] = await Axe.ScanAsync(landing);

            // The share dialog: the code on one line, the link, the QR code and the projector link in the window.
            await page.SetViewportSizeAsync(width, height);
            await page.GetByRole(AriaRole.Button, new() { Name = "Invita", Exact = true }).ClickAsync();
            var dialog = page.Locator("dialog.share-dialog");
            await Expect(dialog).ToBeVisibleAsync();
            await Expect(dialog.Locator(".share-qr svg")).ToBeVisibleAsync();
            await ShowAsync(page, width, height, $"schermata-invita-{width}.png", fullPage: false);
            Assert.Equal(1, await LinesAsync(dialog.Locator(".share-code")));
            await Expect(dialog.GetByRole(AriaRole.Button, new() { Name = "Chiudi" })).ToBeInViewportAsync();
            report[$"invita-{width}"] = await Axe.ScanAsync(page);
            await dialog.GetByRole(AriaRole.Button, new() { Name = "Chiudi" }).ClickAsync();
            await Expect(dialog).ToBeHiddenAsync();

            // A card's panel of actions ("Altro"), open on the board.
            await menu.ClickAsync();
            await Expect(page.Locator(".card-menu:not([hidden])")).ToHaveCountAsync(1);
            await page.Locator(".card-menu:not([hidden])").ScrollIntoViewIfNeededAsync();
            await ShowAsync(page, width, height, $"schermata-scheda-azioni-{width}.png", fullPage: false);
            report[$"scheda-azioni-{width}"] = await Axe.ScanAsync(page);
            await menu.ClickAsync();
            await Expect(page.Locator(".card-menu:not([hidden])")).ToHaveCountAsync(0);
        }

        // The phone, one lane at a time: each lane's tab, its cards and its add box.
        var phone = await room.JoinByLinkAsync("Anna Rossi", 360, 740, touch: true);
        foreach (var lane in new[] { "bisogni", "risorse", "azioni" })
        {
            await phone.Locator($".lane-tab[data-lane='{lane}']").TapAsync();
            await Expect(phone.Locator($".lane-tab[data-lane='{lane}']")).ToHaveAttributeAsync("aria-pressed", "true");
            await Expect(phone.Locator($"#new-card-{lane}")).ToBeInViewportAsync();
            await ShowAsync(phone, 360, 740, $"schermata-telefono-{lane}-360.png", fullPage: false);
            report[$"telefono-{lane}"] = await Axe.ScanAsync(phone);
        }

        await File.WriteAllTextAsync(Path.Combine(BrowserFixture.Artifacts, "axe-schermate-altre.json"), JsonSerializer.Serialize(report, Indented));
        var blocking = report.SelectMany(r => r.Value.Where(v => v.Impact is "serious" or "critical").Select(v => $"{r.Key}: {v.Id} ({v.Impact}) {v.Help}")).ToList();
        Assert.True(blocking.Count == 0, string.Join("\n", blocking));
    }

    /// <summary>The page at a size, drawn, photographed, and no wider than its window.</summary>
    private static async Task ShowAsync(IPage page, int width, int height, string name, bool fullPage = true)
    {
        await page.SetViewportSizeAsync(width, height);
        await page.EvaluateAsync("() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))");
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.Artifacts, name), FullPage = fullPage });
        await LayoutAssertions.NoSidewaysScrollAsync(page);
    }

    /// <summary>How many lines an element's text takes.</summary>
    private static Task<int> LinesAsync(ILocator element) =>
        element.EvaluateAsync<int>("e => { const r = document.createRange(); r.selectNodeContents(e); return new Set([...r.getClientRects()].map(x => Math.round(x.top))).size; }");

    /// <summary>A canvas people would recognise: needs, resources and actions, linked, grouped into themes, voted.</summary>
    private static async Task SeedAsync(LiveRoom room)
    {
        await using var facilitator = new HubPeer(await room.Server.ConnectAsync(await room.Server.StaffTokenAsync(LabServer.Facilitator)), room.LabId);
        await facilitator.JoinAsync();
        var cards = new (string Id, string Lane, string Text)[]
        {
            ("b1", "bisogni", "Anziani soli nei condomini popolari"), ("b2", "bisogni", "Affitti troppo alti per le giovani coppie"),
            ("b3", "bisogni", "Poca manutenzione degli spazi comuni"), ("b4", "bisogni", "Famiglie straniere senza rete di vicinato"),
            ("r1", "risorse", "Portierato sociale della cooperativa"), ("r2", "risorse", "Alloggi sfitti del Comune"),
            ("r3", "risorse", "Volontari dell’associazione di quartiere"),
            ("a1", "azioni", "Custode di condominio con ore di ascolto"), ("a2", "azioni", "Agenzia per l’affitto a canone concordato"),
        };
        foreach (var (id, lane, text) in cards)
        {
            await facilitator.ApplyOkAsync("card.add", Payloads.AddCard(id, text, lane));
        }

        foreach (var (id, from, to) in new[] { ("l1", "b1", "r1"), ("l2", "r1", "a1"), ("l3", "b2", "r2"), ("l4", "r2", "a2"), ("l5", "b4", "r3") })
        {
            await facilitator.ApplyOkAsync("link.add", new { linkId = id, from, to });
        }

        await facilitator.ApplyOkAsync("theme.add", new { themeId = "t1", title = "Solitudine e vicinato" });
        await facilitator.ApplyOkAsync("theme.add", new { themeId = "t2", title = "Casa accessibile" });
        foreach (var (card, theme) in new[] { ("b1", "t1"), ("r1", "t1"), ("a1", "t1"), ("b2", "t2"), ("r2", "t2"), ("a2", "t2") })
        {
            await facilitator.ApplyOkAsync("card.theme", new { cardId = card, themeId = theme });
        }

        await facilitator.ApplyOkAsync("card.colour", new { cardId = "a1", colour = "verde" });
        await facilitator.ApplyOkAsync("vote.cast", new { cardId = "a1" });
    }
}
