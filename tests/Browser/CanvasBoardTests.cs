using Microsoft.Playwright;
using static Laboratori.Tests.Browser.LiveRoom;
using static Microsoft.Playwright.Assertions;

namespace Laboratori.Tests.Browser;

/// <summary>The room as a canvas: links drawn as lines, search, filters and sort, the phone's lane tabs, phases as steps.</summary>
[Collection(LiveCollection.Name)]
public sealed class CanvasBoardTests(BrowserFixture browser, Web.LabServerFixture server)
{
    [Fact]
    public async Task LinksAreDrawnAsLinesBetweenTheRightCardsAndStandOutWhenACardHasTheFocus()
    {
        await using var room = await CreateAsync(browser, server.Server, "Collegamenti come linee");
        var (anna, bruno) = await room.AnnaAndBrunoInFreeWorkAsync();
        await AddCardAsync(anna, "bisogni", "Anziani soli la sera");
        await AddCardAsync(anna, "risorse", "Volontari del quartiere");
        await AddCardAsync(anna, "azioni", "Telefonate serali");
        await LinkAsync(anna, "Anziani soli la sera", "Volontari del quartiere");
        await LinkAsync(anna, "Volontari del quartiere", "Telefonate serali");

        foreach (var page in new[] { anna, bruno, room.Facilitator })
        {
            var lines = page.Locator("svg.link-lines path");
            await Expect(lines).ToHaveCountAsync(2);
            var ends = await EndsAsync(page);
            Assert.Equal(
                ["Anziani soli la sera → Volontari del quartiere", "Volontari del quartiere → Telefonate serali"],
                ends.Select(e => e.Split('|')[0]).Order(StringComparer.Ordinal).ToArray());
            Assert.All(ends, e => Assert.EndsWith("|on both cards", e, StringComparison.Ordinal));
        }

        // The focused card's lines stand out, and so do the cards at their other ends.
        await Card(bruno, "Telefonate serali").GetByRole(AriaRole.Button, new() { Name = "Vota la scheda: Telefonate serali" }).FocusAsync();
        await Expect(bruno.Locator("svg.link-lines path.active")).ToHaveCountAsync(1);
        await Expect(Card(bruno, "Volontari del quartiere")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("linked-peer"));
        await Card(bruno, "Volontari del quartiere").GetByRole(AriaRole.Button, new() { Name = "Vota la scheda: Volontari del quartiere" }).FocusAsync();
        await Expect(bruno.Locator("svg.link-lines path.active")).ToHaveCountAsync(2);

        // A deleted link's line goes for everyone.
        await Card(anna, "Anziani soli la sera").GetByRole(AriaRole.Button, new() { Name = "Togli il collegamento con: Volontari del quartiere" }).ClickAsync();
        await Expect(bruno.Locator("svg.link-lines path")).ToHaveCountAsync(1);
        await ScreenshotAsync(bruno, "collegamenti-linee-1366.png");
    }

    [Fact]
    public async Task SearchFiltersByTextEnteAndThemeAndSortPutsTheMostVotedFirst()
    {
        await using var room = await CreateAsync(browser, server.Server, "Cerca e ordina");
        var anna = await room.JoinByTypingAsync("Anna Rossi", "Comune di Pisa", "ente_pubblico");
        var bruno = await room.JoinByTypingAsync("Bruno Bianchi", "Cooperativa Il Ponte", "terzo_settore");
        await room.FreeWorkAsync(anna, bruno);
        await AddCardAsync(anna, "bisogni", "Trasporto per le visite");
        await AddCardAsync(bruno, "bisogni", "Città più accessibile");
        await AddCardAsync(bruno, "bisogni", "Sportello unico");
        await Expect(Lane(room.Facilitator, "bisogni").Locator("li.card")).ToHaveCountAsync(3);
        foreach (var voter in new[] { anna, bruno })
        {
            await Card(voter, "Sportello unico").GetByRole(AriaRole.Button, new() { Name = "Vota la scheda: Sportello unico" }).ClickAsync();
        }

        await Card(anna, "Città più accessibile").GetByRole(AriaRole.Button, new() { Name = "Vota la scheda: Città più accessibile" }).ClickAsync();
        var page = room.Facilitator;
        await Expect(Card(page, "Sportello unico").Locator(".card-votes")).ToHaveTextAsync("2 voti");
        await Expect(Card(page, "Città più accessibile").Locator(".card-votes")).ToHaveTextAsync("1 voto");

        await page.Locator(".find summary").ClickAsync();
        await page.Locator("#find-text").FillAsync("citta");
        await Expect(Lane(page, "bisogni").Locator(".card-text")).ToHaveTextAsync(["Città più accessibile"]);
        await Expect(page.Locator(".find summary")).ToHaveTextAsync("Cerca e ordina: 1 su 3 schede");
        await page.GetByRole(AriaRole.Button, new() { Name = "Mostra tutte" }).ClickAsync();
        await page.Locator("#find-ente").SelectOptionAsync("Cooperativa Il Ponte");
        await Expect(Lane(page, "bisogni").Locator(".card-text")).ToHaveTextAsync(["Città più accessibile", "Sportello unico"]);
        await page.Locator("#find-ente").SelectOptionAsync("");
        await page.GetByRole(AriaRole.Button, new() { Name = "Ordina per voti" }).ClickAsync();
        await Expect(Lane(page, "bisogni").Locator(".card-text")).ToHaveTextAsync(["Sportello unico", "Città più accessibile", "Trasporto per le visite"]);

        // Sorting and filtering change only this screen: the others keep the lane's own order.
        await Expect(Lane(anna, "bisogni").Locator(".card-text")).ToHaveTextAsync(["Trasporto per le visite", "Città più accessibile", "Sportello unico"]);
        await ScreenshotAsync(page, "cerca-e-ordina-1366.png");
    }

    [Fact]
    public async Task PhoneReachesEveryLanesAddBoxWithinTwoTapsAndKeepsTheStatusAndConnectionInSight()
    {
        await using var room = await CreateAsync(browser, server.Server, "Dal telefono, corsia per corsia");
        var phone = await room.JoinByLinkAsync("Anna Rossi", 360, 740, touch: true);
        await room.FreeWorkAsync(phone);
        foreach (var (lane, name) in new[] { ("risorse", "Risorse"), ("azioni", "Azioni"), ("bisogni", "Bisogni") })
        {
            // Tap one: the lane's tab. Tap two: its add box, in sight without scrolling.
            await phone.Locator($".lane-tab[data-lane='{lane}']").TapAsync();
            var input = phone.Locator($"#new-card-{lane}");
            await Expect(input).ToBeVisibleAsync();
            var box = (await input.BoundingBoxAsync())!;
            Assert.True(box.Y >= 0 && box.Y + box.Height <= 740, $"The add box of {lane} is at y = {box.Y}.");
            await input.TapAsync();
            await Expect(input).ToBeFocusedAsync();
            await phone.Keyboard.TypeAsync($"Scheda in {name} dal telefono");
            await phone.Keyboard.PressAsync("Enter");
            await Expect(phone.Locator($".lane-tab[data-lane='{lane}']")).ToHaveTextAsync($"{name} (1)");
            await Expect(Lane(phone, lane)).ToBeVisibleAsync();
        }

        await Expect(Lane(room.Facilitator, "azioni").Locator("li.card")).ToHaveCountAsync(1);
        var small = await phone.EvaluateAsync<string[]>("""
            () => [...document.querySelectorAll('.lab button, .lab input, .lab select, .lab summary')]
              .filter(e => e.offsetParent !== null && !e.closest('.visually-hidden'))
              .filter(e => { const r = e.getBoundingClientRect(); return r.height < 44 || r.width < 44; })
              .map(e => (e.className || e.tagName) + ' ' + (e.textContent || '').trim().slice(0, 30))
            """);
        Assert.True(small.Length == 0, "Touch targets under 44 px: " + string.Join("; ", small));

        // The status bar (phase, lock) stays at the top while the page scrolls.
        await phone.EvaluateAsync("() => window.scrollTo(0, document.body.scrollHeight)");
        var top = await phone.Locator(".room-status").EvaluateAsync<double>("e => e.getBoundingClientRect().top");
        Assert.Equal(0, top, 1.0);
        await Expect(phone.Locator(".room-status .badge.phase")).ToBeInViewportAsync();
        var connection = phone.Locator(".room-status .badge.connection");
        await Expect(connection).ToHaveTextAsync("In linea");
        await LayoutAssertions.NoSidewaysScrollAsync(phone);
        await ScreenshotAsync(phone, "telefono-corsie-360.png");

        // Losing the network shows in the same bar, in sight, and goes when the network is back.
        await phone.Context.SetOfflineAsync(true);
        await Expect(connection).ToHaveTextAsync("Senza connessione");
        await Expect(connection).ToBeInViewportAsync();
        await phone.Context.SetOfflineAsync(false);
        await Expect(connection).ToHaveTextAsync("In linea");
    }

    [Fact]
    public async Task PhasesAreStepsWithTheInstructionForEveryoneAndASummaryForTheFacilitator()
    {
        await using var room = await CreateAsync(browser, server.Server, "Fasi a passi");
        var anna = await room.JoinByLinkAsync("Anna Rossi");
        var bruno = await room.JoinByLinkAsync("Bruno Bianchi");
        await Expect(anna.Locator(".phase-guide-heading")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^Fase 1 di \d+: "));
        var next = room.Facilitator.Locator(".next-phase");
        await Expect(next).ToBeVisibleAsync();
        await Expect(anna.Locator(".next-phase")).ToBeHiddenAsync();
        var nextName = (await next.TextContentAsync())!.Replace("Passa a: ", "", StringComparison.Ordinal);
        await Expect(anna.Locator(".phase-next")).ToHaveTextAsync($"Poi: {nextName}");
        await next.ClickAsync();
        await Expect(anna.Locator(".phase-guide-heading")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex($@"^Fase 2 di \d+: {System.Text.RegularExpressions.Regex.Escape(nextName)}$"));
        await Expect(anna.Locator(".phase-steps li[aria-current='step']")).ToHaveTextAsync(nextName);

        await room.FreeWorkAsync(anna, bruno);
        await Expect(anna.Locator(".phase-instruction")).ToHaveTextAsync("Scrivete schede in Bisogni, Risorse e Azioni, collegate le schede, votate le priorità, commentate e reagite e raggruppate per temi.");
        await room.Facilitator.GetByRole(AriaRole.Button, new() { Name = "Blocca la lavagna" }).ClickAsync();
        await Expect(bruno.Locator(".phase-instruction")).ToHaveTextAsync("La lavagna è bloccata: ascoltate chi facilita.");
        await room.Facilitator.GetByRole(AriaRole.Button, new() { Name = "Blocca la lavagna", Pressed = true }).ClickAsync();

        await AddCardAsync(anna, "bisogni", "Un bisogno di Anna");
        await Card(anna, "Un bisogno di Anna").GetByRole(AriaRole.Button, new() { Name = "Vota la scheda: Un bisogno di Anna" }).ClickAsync();
        var summary = room.Facilitator.Locator(".summary-panel");
        await summary.Locator("summary").ClickAsync();
        await Expect(summary.Locator(".summary-lanes div[data-lane='bisogni'] dd")).ToHaveTextAsync("1");
        await Expect(summary.Locator(".summary-votes")).ToHaveTextAsync("Voti dati: 1 · persone che hanno votato: 1");
        await Expect(summary.Locator(".summary-quiet li")).ToHaveTextAsync(["Bruno Bianchi"]);
        await Expect(anna.Locator(".summary-panel")).ToBeHiddenAsync();
        await ScreenshotAsync(room.Facilitator, "facilitatore-fasi-1366.png");
    }

    [Fact]
    public async Task ThemesAreColourBandsRenamedInThePageAndACardTakesAColourFromItsMenu()
    {
        await using var room = await CreateAsync(browser, server.Server, "Temi e colori");
        var (anna, bruno) = await room.AnnaAndBrunoInFreeWorkAsync();
        await AddCardAsync(anna, "bisogni", "Spazi per i ragazzi");
        var page = room.Facilitator;
        await page.Locator(".themes summary").ClickAsync();
        await page.Locator("#new-theme").FillAsync("Giovani");
        await page.Locator("#new-theme").PressAsync("Enter");
        var card = Card(page, "Spazi per i ragazzi");
        await card.GetByRole(AriaRole.Button, new() { Name = "Altro sulla scheda: Spazi per i ragazzi" }).ClickAsync();
        await card.Locator("select[id^='theme-']").SelectOptionAsync(new SelectOptionValue { Label = "Giovani" });
        await card.Locator("select.colour-select").SelectOptionAsync("verde");

        // Everyone sees the theme's band on the card and the colour.
        var seen = Card(bruno, "Spazi per i ragazzi");
        await Expect(seen).ToHaveAttributeAsync("data-band", "0");
        await Expect(seen).ToHaveAttributeAsync("data-colour", "verde");
        await Expect(seen).ToContainTextAsync("Tema: Giovani");

        await page.GetByRole(AriaRole.Button, new() { Name = "Rinomina: Giovani" }).ClickAsync();
        var rename = page.GetByLabel("Nuovo nome per il tema «Giovani»");
        await Expect(rename).ToBeFocusedAsync();
        await rename.FillAsync("Giovani e tempo libero");
        await rename.PressAsync("Enter");
        await Expect(seen).ToContainTextAsync("Tema: Giovani e tempo libero");
        await Expect(page.Locator(".theme-list")).ToContainTextAsync("Giovani e tempo libero · 1 scheda");
    }

    private static async Task LinkAsync(IPage page, string from, string to)
    {
        await Card(page, from).GetByRole(AriaRole.Button, new() { Name = $"Altro sulla scheda: {from}" }).ClickAsync();
        await Card(page, from).GetByRole(AriaRole.Button, new() { Name = "Collega…" }).ClickAsync();
        await Card(page, to).GetByRole(AriaRole.Button, new() { Name = $"Collega qui: {to}" }).ClickAsync();
        await Expect(Card(page, from).Locator(".card-links")).ToContainTextAsync(to);
    }

    /// <summary>Each line as "from text → to text|on both cards" when its two ends lie on the edges of those cards.</summary>
    private static Task<string[]> EndsAsync(IPage page) => page.EvaluateAsync<string[]>("""
        () => [...document.querySelectorAll('svg.link-lines path')].map(p => {
          const svg = p.ownerSVGElement.getBoundingClientRect();
          const card = id => document.querySelector(`li.card[data-card-id="${id}"]`);
          const a = card(p.dataset.from), b = card(p.dataset.to);
          const text = c => c.querySelector('.card-text').textContent;
          const at = (pt, c) => {
            const r = c.getBoundingClientRect(), x = svg.left + pt.x, y = svg.top + pt.y;
            return x >= r.left - 1 && x <= r.right + 1 && y >= r.top - 1 && y <= r.bottom + 1;
          };
          const ok = at(p.getPointAtLength(0), a) && at(p.getPointAtLength(p.getTotalLength()), b);
          return `${text(a)} → ${text(b)}|${ok ? 'on both cards' : 'off'}`;
        })
        """);
}
