using Microsoft.Playwright;
using static Laboratori.Tests.Browser.LiveRoom;
using static Microsoft.Playwright.Assertions;

namespace Laboratori.Tests.Browser;

/// <summary>The board zooms and pans: buttons, keys, Ctrl+wheel, two fingers or the buttons on a phone; fit to the screen; zoom to a lane.</summary>
[Collection(LiveCollection.Name)]
public sealed class BoardZoomTests(BrowserFixture browser, Web.LabServerFixture server)
{
    /// <summary>Whether the one line's two ends lie on the edges of its two cards, as drawn now.</summary>
    private const string LineOnBothCards = """
        () => {
          const p = document.querySelector('svg.link-lines path');
          if (!p) return false;
          const svg = p.ownerSVGElement.getBoundingClientRect();
          const zoom = p.ownerSVGElement.currentCSSZoom || 1;
          const card = id => document.querySelector(`li.card[data-card-id="${id}"]`).getBoundingClientRect();
          const at = (pt, r) => {
            const x = svg.left + pt.x * zoom, y = svg.top + pt.y * zoom;
            return x >= r.left - 2 && x <= r.right + 2 && y >= r.top - 2 && y <= r.bottom + 2;
          };
          return at(p.getPointAtLength(0), card(p.dataset.from)) && at(p.getPointAtLength(p.getTotalLength()), card(p.dataset.to));
        }
        """;

    [Fact]
    public async Task ButtonsKeysAndTheWheelZoomTheBoardWhoseLinesStayOnTheirCards()
    {
        await using var room = await CreateAsync(browser, server.Server, "Zoom sulla lavagna");
        var page = room.Facilitator;
        await room.FreeWorkAsync();
        await AddCardAsync(page, "bisogni", "Anziani soli la sera");
        await AddCardAsync(page, "azioni", "Telefonate serali");
        var first = Card(page, "Anziani soli la sera");
        await first.GetByRole(AriaRole.Button, new() { Name = "Altro sulla scheda: Anziani soli la sera" }).ClickAsync();
        await first.GetByRole(AriaRole.Button, new() { Name = "Collega…" }).ClickAsync();
        await Card(page, "Telefonate serali").GetByRole(AriaRole.Button, new() { Name = "Collega qui: Telefonate serali" }).ClickAsync();
        await Expect(page.Locator("svg.link-lines path")).ToHaveCountAsync(1);
        var viewport = page.Locator(".board-viewport");
        await Expect(viewport).ToHaveAttributeAsync("data-zoom", "1");
        var full = await WidthAsync(page, ".lanes");

        // Two steps out: the board is drawn smaller (not re-wrapped), and the line still joins the two cards.
        var zoomOut = page.GetByRole(AriaRole.Button, new() { Name = "Riduci la lavagna" });
        await zoomOut.ClickAsync();
        await zoomOut.ClickAsync();
        await Expect(viewport).ToHaveAttributeAsync("data-zoom", "0.64");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "64%: riporta lo zoom al 100%" })).ToBeVisibleAsync();
        Assert.Equal(full * 0.64, await WidthAsync(page, ".lanes"), 2.0);
        await page.WaitForFunctionAsync(LineOnBothCards);

        // "100%" goes back; "+" zooms in past the window, which then scrolls sideways.
        await page.GetByRole(AriaRole.Button, new() { Name = "64%: riporta lo zoom al 100%" }).ClickAsync();
        await Expect(viewport).ToHaveAttributeAsync("data-zoom", "1");
        await page.GetByRole(AriaRole.Button, new() { Name = "Ingrandisci la lavagna" }).ClickAsync();
        await Expect(viewport).ToHaveAttributeAsync("data-zoom", "1.25");
        Assert.True(await viewport.EvaluateAsync<bool>("e => e.scrollWidth > e.clientWidth + 100"), "The zoomed-in board does not scroll sideways.");
        await page.WaitForFunctionAsync(LineOnBothCards);

        // Keys on the board: 0 back to 100%, - one step out.
        await page.Locator("#canvas").FocusAsync();
        await page.Keyboard.PressAsync("0");
        await Expect(viewport).ToHaveAttributeAsync("data-zoom", "1");
        await page.Keyboard.PressAsync("-");
        await Expect(viewport).ToHaveAttributeAsync("data-zoom", "0.8");

        // Ctrl+wheel (a touchpad's pinch) zooms the board, not the page.
        var box = (await first.BoundingBoxAsync())!;
        await page.Mouse.MoveAsync(box.X + 5, box.Y + 5);
        await page.Keyboard.DownAsync("Control");
        await page.Mouse.WheelAsync(0, 200);
        await page.Keyboard.UpAsync("Control");
        await ZoomAsync(page, "< 0.8");
        Assert.Equal(1.0, await page.EvaluateAsync<double>("() => window.visualViewport.scale"));
    }

    [Fact]
    public async Task FitShowsTheWholeBoardInTheWindowAndALaneButtonBringsThatLaneToTheLeft()
    {
        await using var room = await CreateAsync(browser, server.Server, "Adatta e corsie", 1366, 768);
        var page = room.Facilitator;
        await room.FreeWorkAsync();
        for (var i = 1; i <= 8; i++)
        {
            await AddCardAsync(page, "bisogni", $"Bisogno numero {i} scritto in una frase abbastanza lunga da andare a capo");
        }

        await Expect(Lane(page, "bisogni").Locator("li.card:not(.pending)")).ToHaveCountAsync(8);
        Assert.True(await BottomAsync(page, ".lanes") > 768, "The board fits the window before fitting: the test shows nothing.");

        await page.GetByRole(AriaRole.Button, new() { Name = "Adatta allo schermo" }).ClickAsync();
        await ZoomAsync(page, "< 1.0");
        var lanes = (await page.Locator(".lanes").BoundingBoxAsync())!;
        Assert.True(lanes.Y >= -1 && lanes.Y + lanes.Height <= 768 + 1 && lanes.X + lanes.Width <= 1366, $"The fitted board is at {lanes.X},{lanes.Y} {lanes.Width}×{lanes.Height}.");
        await ScreenshotAsync(page, "lavagna-adatta-1366.png");

        // A lane's button: that lane at the zoom's limit (three lanes: each is a third of the window), its left edge at the
        // window's left (the middle lane: the last one can scroll no further than the board's end).
        await page.GetByRole(AriaRole.Group, new() { Name = "Zoom su:" }).GetByRole(AriaRole.Button, new() { Name = "Risorse", Exact = true }).ClickAsync();
        await ZoomAsync(page, "> 1.5");
        var window = (await page.Locator(".board-viewport").BoundingBoxAsync())!;
        var lane = (await Lane(page, "risorse").BoundingBoxAsync())!;
        Assert.Equal(window.X, lane.X, 2.0);
        Assert.True(lane.Width <= window.Width + 1, $"The lane is {lane.Width} px wide in a {window.Width} px window.");
        await Expect(Lane(page, "risorse").Locator("h2")).ToBeFocusedAsync();
        await Expect(page.Locator("#new-card-risorse")).ToBeInViewportAsync();
    }

    [Fact]
    public async Task OnAPhoneTwoFingersAndTheButtonsZoomTheBoardAndOneFingerStillScrollsThePage()
    {
        await using var room = await CreateAsync(browser, server.Server, "Zoom dal telefono");
        var phone = await room.JoinByLinkAsync("Anna Rossi", 360, 740, touch: true);
        await room.FreeWorkAsync(phone);
        for (var i = 1; i <= 6; i++)
        {
            await AddCardAsync(phone, "bisogni", $"Scheda {i} dal telefono");
        }

        await Expect(Lane(phone, "bisogni").Locator("li.card:not(.pending)")).ToHaveCountAsync(6);
        await LayoutAssertions.NoSidewaysScrollAsync(phone);
        await Expect(phone.GetByRole(AriaRole.Group, new() { Name = "Zoom su:" })).ToBeHiddenAsync();
        var viewport = phone.Locator(".board-viewport");
        var cdp = await phone.Context.NewCDPSessionAsync(phone);

        // Two fingers 40 px apart spread to 160 px over a card: four times the zoom, so the limit (200%), and the card's
        // point under their midpoint stays under it. Real touches, through the DevTools protocol.
        var card = Card(phone, "Scheda 2 dal telefono");
        await card.ScrollIntoViewIfNeededAsync();
        var box = (await card.BoundingBoxAsync())!;
        var (x, y) = (box.X + (box.Width / 2), box.Y + (box.Height / 2));
        await PinchAsync(cdp, x, y, 20, 80);
        await Expect(viewport).ToHaveAttributeAsync("data-zoom", "2");
        var after = (await card.BoundingBoxAsync())!;
        Assert.True(after.X <= x && after.X + after.Width >= x && after.Y <= y && after.Y + after.Height >= y, $"The pinched card went from around ({x}, {y}) to {after.X},{after.Y} {after.Width}×{after.Height}.");
        Assert.Equal(1.0, await phone.EvaluateAsync<double>("() => window.visualViewport.scale"));
        await ScreenshotAsync(phone, "lavagna-pinch-telefono-360.png");

        // The buttons go on from there; fingers closing from 160 to 40 px zoom out to a quarter, so the lower limit (30%).
        await phone.GetByRole(AriaRole.Button, new() { Name = "Riduci la lavagna" }).TapAsync();
        await Expect(viewport).ToHaveAttributeAsync("data-zoom", "1.6");
        await phone.GetByRole(AriaRole.Button, new() { Name = "Ingrandisci la lavagna" }).TapAsync();
        await Expect(viewport).ToHaveAttributeAsync("data-zoom", "2");
        await phone.GetByRole(AriaRole.Button, new() { Name = "200%: riporta lo zoom al 100%" }).TapAsync();
        await Expect(viewport).ToHaveAttributeAsync("data-zoom", "1");
        box = (await Lane(phone, "bisogni").BoundingBoxAsync())!;
        await PinchAsync(cdp, box.X + (box.Width / 2), Math.Min(box.Y + (box.Height / 2), 600), 80, 20);
        await Expect(viewport).ToHaveAttributeAsync("data-zoom", "0.3");
        await phone.GetByRole(AriaRole.Button, new() { Name = "Ingrandisci la lavagna" }).TapAsync();
        await Expect(viewport).ToHaveAttributeAsync("data-zoom", "0.38");
        await phone.GetByRole(AriaRole.Button, new() { Name = "38%: riporta lo zoom al 100%" }).TapAsync();
        await Expect(viewport).ToHaveAttributeAsync("data-zoom", "1");
        await LayoutAssertions.NoSidewaysScrollAsync(phone);

        // One finger on the board still scrolls the page, and zooms nothing.
        await phone.EvaluateAsync("() => window.scrollTo(0, 0)");
        box = (await viewport.BoundingBoxAsync())!;
        var (fx, fy) = (box.X + (box.Width / 2), Math.Min(box.Y + 300, 700));
        await TouchAsync(cdp, "touchStart", (fx, fy));
        for (var step = 1; step <= 10; step++)
        {
            await TouchAsync(cdp, "touchMove", (fx, fy - (step * 30)));
        }

        await TouchAsync(cdp, "touchEnd");
        await phone.WaitForFunctionAsync("() => window.scrollY > 100");
        await Expect(viewport).ToHaveAttributeAsync("data-zoom", "1");
    }

    /// <summary>Two fingers on either side of (<paramref name="x"/>, <paramref name="y"/>), from <paramref name="from"/> px to <paramref name="to"/> px of it, in six moves, and lifted.</summary>
    private static async Task PinchAsync(ICDPSession cdp, double x, double y, double from, double to)
    {
        await TouchAsync(cdp, "touchStart", (x - from, y), (x + from, y));
        for (var step = 1; step <= 6; step++)
        {
            var d = from + ((to - from) * step / 6);
            await TouchAsync(cdp, "touchMove", (x - d, y), (x + d, y));
        }

        await TouchAsync(cdp, "touchEnd");
    }

    private static async Task TouchAsync(ICDPSession cdp, string type, params (double X, double Y)[] points) =>
        await cdp.SendAsync("Input.dispatchTouchEvent", new Dictionary<string, object>
        {
            ["type"] = type,
            ["touchPoints"] = points.Select((p, i) => new Dictionary<string, object> { ["x"] = p.X, ["y"] = p.Y, ["id"] = i }).ToArray(),
        });

    /// <summary>Waits until the board's zoom meets <paramref name="condition"/> (such as "&lt; 0.8").</summary>
    private static async Task ZoomAsync(IPage page, string condition) =>
        await page.WaitForFunctionAsync($"() => Number(document.querySelector('.board-viewport')?.dataset.zoom) {condition}");

    private static Task<double> WidthAsync(IPage page, string selector) =>
        page.Locator(selector).EvaluateAsync<double>("e => e.getBoundingClientRect().width");

    private static Task<double> BottomAsync(IPage page, string selector) =>
        page.Locator(selector).EvaluateAsync<double>("e => e.getBoundingClientRect().bottom");
}
