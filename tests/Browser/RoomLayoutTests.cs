using Laboratori.Tests.Web;
using Microsoft.Playwright;
using static Laboratori.Tests.Browser.LiveRoom;
using static Microsoft.Playwright.Assertions;

namespace Laboratori.Tests.Browser;

/// <summary>
/// The room as it is laid out: the facilitator's tools on one bar of a laptop, compact cards, the phone's status bar,
/// and a long press for a card's actions on a touch screen.
/// </summary>
[Collection(LiveCollection.Name)]
public sealed class RoomLayoutTests(BrowserFixture browser, LabServerFixture server)
{
    /// <summary>Every visible control of the facilitator's bar (not the open panel of "Altri strumenti"): its box, and whether its content fits it.</summary>
    private const string ToolBoxes = """
        () => [...document.querySelectorAll('.toolbar :is(button, select, input, a)')]
          .filter(e => e.getClientRects().length && !e.closest('.tools-more-panel'))
          .map(e => { const r = e.getBoundingClientRect(); return { Name: (e.getAttribute('aria-label') || e.textContent || e.id).trim(), Top: r.top, Middle: r.top + r.height / 2, Left: r.left, Right: r.right, Clipped: e.scrollWidth > e.clientWidth + 1 }; })
        """;

    [Fact]
    public async Task TheFacilitatorsToolsTakeOneRowAt1366AndTheRestOpenFromAltriStrumentiAlsoOnAPhone()
    {
        await using var room = await CreateAsync(browser, server.Server, "Strumenti su una riga", 1366, 768);
        var page = room.Facilitator;
        var anna = await room.JoinByLinkAsync("Anna Rossi");
        await room.FreeWorkAsync(anna);

        // Every tool that can show at once: locked, cards face down with one to turn up, anonymous, following, a timer
        // running and a meeting open.
        await page.GetByRole(AriaRole.Button, new() { Name = "Schede coperte" }).ClickAsync();
        await AddCardAsync(anna, "bisogni", "Scritta a carte coperte");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Scopri le schede coperte" })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Anonimato" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Seguimi" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Avvia il timer" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Apri incontro" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Blocca la lavagna" }).ClickAsync();
        foreach (var name in new[] { "Blocca la lavagna", "Schede coperte", "Anonimato", "Seguimi" })
        {
            await Expect(page.GetByRole(AriaRole.Button, new() { Name = name, Exact = true })).ToHaveAttributeAsync("aria-pressed", "true");
        }

        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Ferma il timer" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Chiudi incontro" })).ToBeVisibleAsync();

        // One row: every control's middle on the same line, none cut, all inside the window.
        var tools = await page.EvaluateAsync<ToolBox[]>(ToolBoxes);
        // Phase, minutes, start and stop the timer, lock, private, reveal, anonymous, follow, meeting, share, projector, more.
        Assert.True(tools.Length == 13, $"{tools.Length} tools on the bar: " + string.Join(", ", tools.Select(t => t.Name)));
        var rows = tools.Select(t => Math.Round(t.Middle)).Distinct().ToList();
        Assert.True(rows.Max() - rows.Min() <= 2, "The tools take more than one row: " + string.Join(", ", tools.Select(t => $"{t.Name}@{t.Middle:0}")));
        Assert.Empty(tools.Where(t => t.Clipped || t.Left < 0 || t.Right > 1366).Select(t => t.Name));
        await LayoutAssertions.NoSidewaysScrollAsync(page);
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.Artifacts, "strumenti-facilitatore-1366.png") });

        // A classroom's wide screen: still one row, with room to spare.
        await page.SetViewportSizeAsync(1920, 1080);
        tools = await page.EvaluateAsync<ToolBox[]>(ToolBoxes);
        rows = tools.Select(t => Math.Round(t.Middle)).Distinct().ToList();
        Assert.True(rows.Max() - rows.Min() <= 2, "At 1920 px the tools take more than one row: " + string.Join(", ", tools.Select(t => $"{t.Name}@{t.Middle:0}")));
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.Artifacts, "strumenti-facilitatore-1920.png") });
        await page.SetViewportSizeAsync(1366, 768);

        // "Altri strumenti" from the keyboard: Enter opens it over the page, Tab goes into it, Escape closes it and the
        // focus is back on its button.
        var more = page.GetByRole(AriaRole.Button, new() { Name = "Altri strumenti" });
        await more.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(more).ToHaveAttributeAsync("aria-expanded", "true");
        var panel = page.GetByRole(AriaRole.Group, new() { Name = "Altri strumenti" });
        await Expect(panel.GetByLabel("Voti a testa")).ToBeVisibleAsync();
        await Expect(panel).ToContainTextAsync("In corso:");
        await page.Keyboard.PressAsync("Tab");
        await Expect(page.Locator("#vote-budget")).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Escape");
        await Expect(panel).ToBeHiddenAsync();
        await Expect(more).ToBeFocusedAsync();
        await Expect(more).ToHaveAttributeAsync("aria-expanded", "false");

        // On a phone the bar wraps, and "Altri strumenti" still opens (in the bar's flow), seats the tables and closes.
        await page.SetViewportSizeAsync(360, 740);
        await more.ClickAsync();
        await Expect(panel).ToBeVisibleAsync();
        await page.Locator("#table-count").FillAsync("2");
        await page.GetByRole(AriaRole.Button, new() { Name = "Dividi in tavoli" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Riunisci in plenaria" })).ToBeVisibleAsync();
        await LayoutAssertions.NoSidewaysScrollAsync(page);
        await page.Locator(".toolbar").ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.Artifacts, "strumenti-facilitatore-360.png") });
        await page.Keyboard.PressAsync("Escape");
        await Expect(panel).ToBeHiddenAsync();
        var blocking = (await Axe.ScanAsync(page)).Where(v => v.Impact is "serious" or "critical").Select(v => $"{v.Id}: {v.Help}").ToList();
        Assert.True(blocking.Count == 0, string.Join("\n", blocking));
    }

    [Fact]
    public async Task ACompactCardKeepsNoRoomForReactionsNobodyGaveAndShowsThoseGiven()
    {
        await using var room = await CreateAsync(browser, server.Server, "Schede compatte");
        var anna = await room.JoinByLinkAsync("Anna Rossi");
        await room.FreeWorkAsync(anna);
        await AddCardAsync(room.Facilitator, "bisogni", "Una scheda senza reazioni");
        var card = Card(anna, "Una scheda senza reazioni");
        await Expect(card).Not.ToHaveClassAsync(new System.Text.RegularExpressions.Regex("pending"));

        // Its text, who wrote it, and one line of votes, comments and "Altro": nothing else takes room.
        var parts = await card.EvaluateAsync<CardParts>("""
            e => {
              const shown = [...e.children].filter(k => k.getClientRects().length);
              const style = getComputedStyle(e);
              const gaps = (shown.length - 1) * parseFloat(style.rowGap);
              const frame = parseFloat(style.paddingTop) + parseFloat(style.paddingBottom) + parseFloat(style.borderTopWidth) + parseFloat(style.borderBottomWidth);
              const row = [...e.querySelector('.card-actions').children].filter(k => k.getClientRects().length).map(k => { const r = k.getBoundingClientRect(); return Math.round(r.top + r.height / 2); });
              return {
                Shown: shown.map(k => k.className),
                Height: e.getBoundingClientRect().height,
                Needed: shown.reduce((sum, k) => { const m = getComputedStyle(k); return sum + k.getBoundingClientRect().height + parseFloat(m.marginTop) + parseFloat(m.marginBottom); }, 0) + gaps + frame,
                Actions: e.querySelector('.card-actions').getBoundingClientRect().height,
                Button: e.querySelector('.vote').getBoundingClientRect().height,
                Rows: new Set(row).size,
              };
            }
            """);
        Assert.Equal(["card-top", "card-meta", "card-actions"], parts.Shown);
        Assert.Equal(1, parts.Rows);
        Assert.True(parts.Actions <= parts.Button + 1, $"The actions take {parts.Actions} px for {parts.Button} px buttons.");
        Assert.True(parts.Height <= parts.Needed + 1, $"The card is {parts.Height} px tall for {parts.Needed} px of content.");

        // A reaction from the card's panel shows on the card, with its count, for everyone.
        await card.GetByRole(AriaRole.Button, new() { Name = "Altro sulla scheda: Una scheda senza reazioni" }).ClickAsync();
        await card.GetByRole(AriaRole.Group, new() { Name = "Reagisci alla scheda: Una scheda senza reazioni" }).GetByRole(AriaRole.Button, new() { Name = "Idea", Exact = true }).ClickAsync();
        await Expect(card.GetByRole(AriaRole.Button, new() { Name = "Idea: 1" })).ToHaveAttributeAsync("aria-pressed", "true");
        var forFacilitator = Card(room.Facilitator, "Una scheda senza reazioni");
        await Expect(forFacilitator.Locator(".reactions")).ToBeVisibleAsync();
        await Expect(forFacilitator.GetByRole(AriaRole.Button, new() { Name = "Idea: 1" })).ToHaveAttributeAsync("aria-pressed", "false");
        await Expect(forFacilitator.Locator(".reactions button:visible")).ToHaveCountAsync(1);
        foreach (var width in Screens.Widths)
        {
            await anna.SetViewportSizeAsync(width, width == 360 ? 740 : 1080);
            await LayoutAssertions.NoSidewaysScrollAsync(anna);
            await card.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.Artifacts, $"scheda-compatta-{width}.png") });
        }
    }

    [Fact]
    public async Task OnAPhoneTheStatusBarIsOneThinLineAboveTheLaneTabsAndTheAppNameDoesNotBreakMidWord()
    {
        await using var room = await CreateAsync(browser, server.Server, "Barra del telefono");
        var phone = await room.JoinByLinkAsync("Anna Rossi", 360, 740, touch: true);
        await room.FreeWorkAsync(phone);
        await room.Facilitator.GetByRole(AriaRole.Button, new() { Name = "Avvia il timer" }).ClickAsync();
        await room.Facilitator.GetByRole(AriaRole.Button, new() { Name = "Blocca la lavagna" }).ClickAsync();
        await Expect(phone.Locator(".room-status .badge.timer")).ToBeVisibleAsync();
        await Expect(phone.Locator(".room-status .badge.lock")).ToHaveTextAsync("Lavagna bloccata");

        var bar = await phone.Locator(".room-status").EvaluateAsync<StatusBar>("""
            e => {
              const box = k => k.getBoundingClientRect();
              const badges = [...e.querySelectorAll('.lab-status .badge')].filter(k => k.getClientRects().length);
              // The lines of its visible text, text node by text node: the words left to screen readers are a 1-px
              // clipped box, and an inline-block's own box starts above its text, neither is a line.
              const lines = k => {
                const tops = new Set(), walk = document.createTreeWalker(k, NodeFilter.SHOW_TEXT);
                for (let n = walk.nextNode(); n; n = walk.nextNode()) {
                  const r = document.createRange(); r.selectNodeContents(n);
                  for (const x of r.getClientRects()) if (x.width > 1 && x.height > 1) tops.add(Math.round(x.top));
                }
                return tops.size;
              };
              return {
                Height: box(e).height,
                Status: box(e.querySelector('.lab-status')).height,
                Badges: badges.map(k => k.className),
                Rows: new Set(badges.map(k => Math.round(box(k).top))).size,
                Wrapped: badges.filter(k => lines(k) > 1).length,
                Tab: Math.min(...[...e.querySelectorAll('.lane-tab')].map(k => box(k).height)),
              };
            }
            """);
        // Below the bar, the other badges ("2 in linea", the votes left): each a one-line pill, as tall as one line
        // (its line height) and its frame, however tall the button beside it.
        var pills = await phone.Locator(".lab > .lab-badges").EvaluateAsync<Pill[]>("""
            e => [...e.querySelectorAll('.badge')].filter(k => k.getClientRects().length).map(k => {
              const r = document.createRange(); r.selectNodeContents(k);
              const lines = [...r.getClientRects()].filter(x => x.width > 1 && x.height > 1);
              const s = getComputedStyle(k);
              const frame = parseFloat(s.paddingTop) + parseFloat(s.paddingBottom) + parseFloat(s.borderTopWidth) + parseFloat(s.borderBottomWidth);
              return { Text: k.textContent, Lines: new Set(lines.map(x => Math.round(x.top))).size, Height: k.getBoundingClientRect().height, OneLine: (parseFloat(s.lineHeight) || 1.45 * parseFloat(s.fontSize)) + frame };
            })
            """);
        Assert.Contains(pills, p => p.Text == "2 in linea");
        Assert.All(pills, p => Assert.True(p.Lines == 1 && p.Height <= p.OneLine + 1, $"«{p.Text}» is {p.Lines} lines, {p.Height} px tall for {p.OneLine} px."));

        // A closed panel is its title's line in the middle of a 44-px target, with no empty strip under it.
        var titles = await phone.Locator(".panels").EvaluateAsync<PanelTitle[]>("""
            e => [...e.querySelectorAll('details.panel:not([open]) > summary')].filter(k => k.getClientRects().length).map(k => {
              const r = document.createRange(); r.selectNodeContents(k);
              const text = [...r.getClientRects()].filter(x => x.width > 1 && x.height > 1);
              const box = k.getBoundingClientRect(), panel = k.parentElement.getBoundingClientRect();
              return { Text: k.textContent, Above: Math.min(...text.map(x => x.top)) - box.top, Below: box.bottom - Math.max(...text.map(x => x.bottom)), Height: box.height, Panel: panel.height };
            })
            """);
        Assert.NotEmpty(titles);
        Assert.All(titles, p =>
        {
            Assert.True(Math.Abs(p.Above - p.Below) <= 2, $"«{p.Text}»: {p.Above} px above its text, {p.Below} px below.");
            Assert.True(p.Height >= 44, $"«{p.Text}» is {p.Height} px tall.");
            Assert.True(p.Panel <= p.Height + 2, $"The panel «{p.Text}» is {p.Panel} px tall around a {p.Height} px title.");
        });
        Assert.Equal(4, bar.Badges.Length);
        Assert.Equal(1, bar.Rows);
        Assert.Equal(0, bar.Wrapped);
        Assert.True(bar.Status <= 40, $"The status line is {bar.Status} px tall.");
        Assert.True(bar.Height <= 96, $"The sticky bar is {bar.Height} px tall.");
        Assert.True(bar.Tab >= 44, $"A lane tab is {bar.Tab} px tall.");
        await LayoutAssertions.NoSidewaysScrollAsync(phone);
        await phone.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.Artifacts, "telefono-barra-360.png") });

        // "Co-progettazione" on one line of its own, never "Co-" at a line's end.
        var appName = await phone.Locator(".app-name").EvaluateAsync<int>("""
            e => {
              const text = e.firstChild, at = text.data.indexOf('Co');
              const r = document.createRange(); r.setStart(text, at); r.setEnd(text, text.data.length);
              return new Set([...r.getClientRects()].map(x => Math.round(x.top))).size;
            }
            """);
        Assert.Equal(1, appName);
    }

    [Fact]
    public async Task OnAPhoneAToolThatGetsTheFocusLandsBelowTheStickyBarNotUnderIt()
    {
        await using var room = await CreateAsync(browser, server.Server, "Sotto la barra", 360, 740);
        var page = room.Facilitator;
        await room.FreeWorkAsync();
        for (var i = 1; i <= 6; i++)
        {
            await AddCardAsync(page, "bisogni", $"Scheda numero {i} per allungare la pagina");
        }

        await Expect(Card(page, "Scheda numero 6")).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Avvia il timer" }).ClickAsync();
        await Expect(page.Locator(".room-status .badge.timer")).ToBeVisibleAsync();
        var phase = page.Locator("#phase-select");

        // Scrolled until the select sits just below the window's top edge, in the window but under the bar: focused from
        // the keyboard, the browser brings it out from under the bar (the page's scroll padding is the bar's height).
        const string Place = """
            () => [document.querySelector('.room-status').getBoundingClientRect().bottom, document.querySelector('#phase-select').getBoundingClientRect().top]
            """;
        await page.EvaluateAsync("() => window.scrollTo(0, document.querySelector('#phase-select').getBoundingClientRect().top + window.scrollY - 20)");
        var before = await page.EvaluateAsync<double[]>(Place);
        Assert.True(before[1] < before[0], $"The select (top {before[1]} px) is not under the bar (bottom {before[0]} px) to begin with.");
        await phase.FocusAsync();
        await Expect(phase).ToBeFocusedAsync();
        var after = await page.EvaluateAsync<double[]>(Place);
        Assert.True(after[1] >= after[0], $"The phase select's top is at {after[1]} px, under the sticky bar that ends at {after[0]} px.");
    }

    [Fact]
    public async Task ALongPressOnACardOpensItsActionsOnATouchScreenAndAScrollDoesNot()
    {
        await using var room = await CreateAsync(browser, server.Server, "Pressione lunga");
        var phone = await room.JoinByLinkAsync("Anna Rossi", 360, 740, touch: true);
        await room.FreeWorkAsync(phone);
        await AddCardAsync(room.Facilitator, "bisogni", "Tienimi premuta");
        await AddCardAsync(room.Facilitator, "bisogni", "Scorrimi sopra");
        var held = Card(phone, "Tienimi premuta");
        await Expect(held).ToBeVisibleAsync();
        var cdp = await phone.Context.NewCDPSessionAsync(phone);

        // A finger held on the card's text: the page's own timer opens the card's panel while the finger is down.
        var (x, y) = await CentreAsync(held.Locator(".card-text"));
        await TouchAsync(cdp, "touchStart", (x, y));
        var panel = held.Locator(".card-menu");
        await Expect(panel).ToBeVisibleAsync();
        await TouchAsync(cdp, "touchEnd");
        await Expect(held.GetByRole(AriaRole.Button, new() { Name = "Altro sulla scheda: Tienimi premuta" })).ToHaveAttributeAsync("aria-expanded", "true");
        Assert.Equal("", await phone.EvaluateAsync<string>("() => String(window.getSelection())"));

        // From it, a reaction, with a finger.
        await held.GetByRole(AriaRole.Group, new() { Name = "Reagisci alla scheda: Tienimi premuta" }).GetByRole(AriaRole.Button, new() { Name = "D’accordo", Exact = true }).TapAsync();
        await Expect(held.GetByRole(AriaRole.Button, new() { Name = "D’accordo: 1" })).ToHaveAttributeAsync("aria-pressed", "true");

        // A finger that moves (a scroll) opens nothing, however long it then stays: checked after the page's own timer has
        // run past the long press's half second.
        var other = Card(phone, "Scorrimi sopra");
        (x, y) = await CentreAsync(other.Locator(".card-text"));
        await TouchAsync(cdp, "touchStart", (x, y));
        await TouchAsync(cdp, "touchMove", (x, y - 30));
        await phone.EvaluateAsync("() => new Promise(r => setTimeout(r, 1000))");
        await TouchAsync(cdp, "touchEnd");
        await Expect(other.Locator(".card-menu")).ToBeHiddenAsync();
    }

    private static async Task<(double X, double Y)> CentreAsync(ILocator element)
    {
        await element.ScrollIntoViewIfNeededAsync();
        var box = (await element.BoundingBoxAsync())!;
        return (box.X + (box.Width / 2), box.Y + (box.Height / 2));
    }

    private static async Task TouchAsync(ICDPSession cdp, string type, params (double X, double Y)[] points) =>
        await cdp.SendAsync("Input.dispatchTouchEvent", new Dictionary<string, object>
        {
            ["type"] = type,
            ["touchPoints"] = points.Select((p, i) => new Dictionary<string, object> { ["x"] = p.X, ["y"] = p.Y, ["id"] = i }).ToArray(),
        });

    private sealed class ToolBox
    {
        public string Name { get; set; } = "";

        public double Top { get; set; }

        public double Middle { get; set; }

        public double Left { get; set; }

        public double Right { get; set; }

        public bool Clipped { get; set; }
    }

    private sealed class CardParts
    {
        public string[] Shown { get; set; } = [];

        public double Height { get; set; }

        public double Needed { get; set; }

        public double Actions { get; set; }

        public double Button { get; set; }

        public int Rows { get; set; }
    }

    private sealed class Pill
    {
        public string Text { get; set; } = "";

        public int Lines { get; set; }

        public double Height { get; set; }

        public double OneLine { get; set; }
    }

    private sealed class PanelTitle
    {
        public string Text { get; set; } = "";

        public double Above { get; set; }

        public double Below { get; set; }

        public double Height { get; set; }

        public double Panel { get; set; }
    }

    private sealed class StatusBar
    {
        public double Height { get; set; }

        public double Status { get; set; }

        public string[] Badges { get; set; } = [];

        public int Rows { get; set; }

        public int Wrapped { get; set; }

        public double Tab { get; set; }
    }
}
