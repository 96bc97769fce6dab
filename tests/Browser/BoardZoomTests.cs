using Microsoft.Playwright;
using static Laboratori.Tests.Browser.LiveRoom;
using static Microsoft.Playwright.Assertions;

namespace Laboratori.Tests.Browser;

/// <summary>The board zooms and pans: buttons, keys, Ctrl+wheel, the buttons on a phone; fit to the screen; zoom to a lane.</summary>
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
    public async Task OnAPhoneTheButtonsZoomAndNothingScrollsSidewaysAtFullSize()
    {
        await using var room = await CreateAsync(browser, server.Server, "Zoom dal telefono");
        var phone = await room.JoinByLinkAsync("Anna Rossi", 360, 740, touch: true);
        await room.FreeWorkAsync(phone);
        await AddCardAsync(phone, "bisogni", "Scheda dal telefono");
        await LayoutAssertions.NoSidewaysScrollAsync(phone);
        await Expect(phone.GetByRole(AriaRole.Group, new() { Name = "Zoom su:" })).ToBeHiddenAsync();

        await phone.GetByRole(AriaRole.Button, new() { Name = "Riduci la lavagna" }).TapAsync();
        await Expect(phone.Locator(".board-viewport")).ToHaveAttributeAsync("data-zoom", "0.8");
        await phone.GetByRole(AriaRole.Button, new() { Name = "80%: riporta lo zoom al 100%" }).TapAsync();
        await Expect(phone.Locator(".board-viewport")).ToHaveAttributeAsync("data-zoom", "1");

        Assert.Equal(1.0, await phone.EvaluateAsync<double>("() => window.visualViewport.scale"));
        await ScreenshotAsync(phone, "lavagna-zoom-telefono-360.png");
    }

    /// <summary>Waits until the board's zoom meets <paramref name="condition"/> (such as "&lt; 0.8").</summary>
    private static async Task ZoomAsync(IPage page, string condition) =>
        await page.WaitForFunctionAsync($"() => Number(document.querySelector('.board-viewport')?.dataset.zoom) {condition}");

    private static Task<double> WidthAsync(IPage page, string selector) =>
        page.Locator(selector).EvaluateAsync<double>("e => e.getBoundingClientRect().width");

    private static Task<double> BottomAsync(IPage page, string selector) =>
        page.Locator(selector).EvaluateAsync<double>("e => e.getBoundingClientRect().bottom");
}
