using System.Text.Json;
using System.Text.RegularExpressions;
using Laboratori.Tests.Web;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Laboratori.Tests.Browser;

/// <summary>
/// The replay screen in headless Chromium: a session recorded through the hub, replayed by a trainer who scrubs to
/// three moments (keyboard on the slider and the step button), reads the canvas at each, highlights one person, compares
/// two moments and downloads the synthesis grid; a participant is told the history is not for them.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ReplayTests
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly BrowserFixture _browser;

    public ReplayTests(BrowserFixture browser)
    {
        _browser = browser;

        // Expectations wait as long as the hub and REST tests do (Waits.Timeout), not Playwright's 5 s: the machine is shared.
        SetDefaultExpectTimeout((float)Waits.Timeout.TotalMilliseconds);
    }

    [Fact]
    public async Task TrainerScrubsToThreeMomentsAndComparesTwoOfThem()
    {
        await using var server = new LabServer();
        await using var session = await RecordAsync(server);
        var s = session.Seqs;

        await using var context = await _browser.Browser.NewContextAsync(new() { BaseURL = server.BaseUrl.ToString(), ViewportSize = new() { Width = 1280, Height = 900 }, AcceptDownloads = true });
        await StaffPages.SignInAsync(context, server, LabServer.Trainer);
        var page = await context.NewPageAsync();

        // From the staff panel's lab list to the replay.
        await page.GotoAsync("/");
        var replayLink = page.GetByRole(AriaRole.Link, new() { Name = $"Rivedi la sessione: {session.Title}" });
        await Expect(replayLink).ToBeVisibleAsync();
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.Artifacts, "replay-0-lab-list.png") });
        await replayLink.ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex($"/lab/{session.LabId}/replay$"));

        var position = page.Locator("#replay-position");
        var description = page.Locator(".replay-description");
        var card = (string id) => page.Locator($".replay-lanes [data-card-id=\"{id}\"]");

        // Moment 1: the end (it opens there): the incontro closed, the transport card gone, the need edited, linked and voted.
        await Expect(position).ToContainTextAsync($"Evento {s.Close} di {s.Close}");
        await Expect(description).ToHaveTextAsync("Giulia Facilitatrice ha chiuso l’incontro «Primo incontro»");
        await Expect(card("c-anziani").Locator(".card-text")).ToHaveTextAsync("Anziani soli in casa");
        await Expect(card("c-anziani").Locator(".replay-card-facts")).ToHaveTextAsync("1 voto · 1 collegamento");
        // Its link drawn as a line between the two cards, as in the live room.
        await Expect(page.Locator(".replay-lanes svg.link-lines path")).ToHaveCountAsync(1);
        await Expect(page.Locator(".replay-lanes svg.link-lines path[data-from='c-anziani'], .replay-lanes svg.link-lines path[data-to='c-anziani']")).ToHaveCountAsync(1);
        await Expect(card("c-centro")).ToHaveCountAsync(1);
        await Expect(card("c-trasporto")).ToHaveCountAsync(0);
        await Expect(page.Locator(".replay-timeline-summary")).ToContainTextAsync($"Eventi: {s.Close}, dal ");
        await Expect(page.Locator(".replay-timeline-summary")).ToContainTextAsync("Incontri: 1 ·");
        await page.GetByText("Incontri e fasi").ClickAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Vai a: Incontro 1: Primo incontro") })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Segna B qui" }).ClickAsync();
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.Artifacts, "replay-1-end.png"), FullPage = true });

        // On the way back: the deletion, described with its author and organisation.
        var stepBack = page.GetByRole(AriaRole.Button, new() { Name = "Indietro: evento precedente" });
        await stepBack.ClickAsync();
        await Expect(position).ToContainTextAsync($"Evento {s.Delete} di {s.Close}");
        await Expect(description).ToHaveTextAsync("Bruno Bianchi (Cooperativa Il Ponte) ha eliminato la scheda «Trasporto sociale» da Azioni");
        await Expect(page.Locator(".replay-step-meta")).ToContainTextAsync("Bruno Bianchi (Cooperativa Il Ponte) · ");
        await Expect(card("c-trasporto")).ToHaveCountAsync(0);

        // Moment 2: one more step back, the transport card is there again.
        await stepBack.ClickAsync();
        await Expect(position).ToContainTextAsync($"Evento {s.Transport} di {s.Close}");
        await Expect(description).ToHaveTextAsync("Bruno Bianchi (Cooperativa Il Ponte) ha aggiunto una scheda in Azioni: «Trasporto sociale»");
        await Expect(card("c-trasporto").Locator(".card-text")).ToHaveTextAsync("Trasporto sociale");
        await Expect(card("c-trasporto")).ToHaveClassAsync(new Regex(@"\bis-touched\b"));
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.Artifacts, "replay-2-step-back.png"), FullPage = true });

        // Moment 3: keyboard on the slider, from the first event to the centre's card.
        var slider = page.GetByRole(AriaRole.Slider, new() { Name = "Evento" });
        await slider.FocusAsync();
        await slider.PressAsync("Home");
        await Expect(position).ToContainTextAsync($"Evento 1 di {s.Close}");
        for (var i = 1; i < s.Centre; i++)
        {
            await slider.PressAsync("ArrowRight");
        }

        await Expect(position).ToContainTextAsync($"Evento {s.Centre} di {s.Close}");
        await Expect(slider).ToHaveAttributeAsync("aria-valuetext", new Regex($"^Evento {s.Centre} di {s.Close}, "));
        await Expect(description).ToHaveTextAsync("Bruno Bianchi (Cooperativa Il Ponte) ha aggiunto una scheda in Risorse: «Centro diurno»");
        await Expect(card("c-anziani").Locator(".card-text")).ToHaveTextAsync("Anziani soli");
        await Expect(card("c-anziani").Locator(".replay-card-facts")).ToHaveTextAsync("0 voti");
        await Expect(card("c-centro").Locator(".card-text")).ToHaveTextAsync("Centro diurno");
        await Expect(card("c-trasporto")).ToHaveCountAsync(0);

        // Anna's contributions highlighted, the others dimmed.
        await page.GetByLabel("Evidenzia i contributi di").SelectOptionAsync(new SelectOptionValue { Label = "Anna Rossi (Comune di Pisa)" });
        await Expect(card("c-anziani")).ToHaveClassAsync(new Regex(@"\bis-highlighted\b"));
        await Expect(card("c-centro")).ToHaveClassAsync(new Regex(@"\bis-dimmed\b"));
        await Expect(page.Locator(".replay-highlight-count")).ToHaveTextAsync("1 scheda evidenziata");
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.Artifacts, "replay-3-slider-highlight.png"), FullPage = true });

        // What changed from here (A) to the end (B).
        await page.GetByRole(AriaRole.Button, new() { Name = "Segna A qui" }).ClickAsync();
        var changes = page.Locator(".replay-diff-result");
        await Expect(changes.Locator(".replay-diff-heading")).ToHaveTextAsync($"Cambiamenti dall’evento {s.Centre} all’evento {s.Close}");
        await Expect(changes.Locator("[data-group=cards-edited] li")).ToHaveTextAsync(["«Anziani soli» → «Anziani soli in casa»"]);
        await Expect(changes.Locator("[data-group=links-added] li")).ToHaveTextAsync(["«Centro diurno» → «Anziani soli in casa»"]);
        await Expect(changes.Locator("[data-group=votes] li")).ToHaveTextAsync(["«Anziani soli in casa»: da 0 a 1 voti"]);
        await Expect(changes.Locator("[data-group=cards-added]")).ToHaveCountAsync(0);
        await Expect(changes.Locator("[data-group=cards-deleted]")).ToHaveCountAsync(0);
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.Artifacts, "replay-4-compare.png"), FullPage = true });

        // The synthesis grid at this moment, downloaded with the trainer's token.
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Button, new() { Name = $"Scarica la griglia di sintesi all’evento {s.Centre}: Testo (Markdown)" }).ClickAsync());
        Assert.Equal($"sintesi-{session.LabId}-{s.Centre}.md", download.SuggestedFilename);
        var markdown = await File.ReadAllTextAsync(await download.PathAsync());
        Assert.Contains("Anziani soli", markdown);
        Assert.DoesNotContain("in casa", markdown);

        // Playing at 16× runs on to the end and stops there.
        await page.GetByLabel("Velocità").SelectOptionAsync("16");
        var play = page.Locator(".replay-play");
        await play.ClickAsync();
        await Expect(position).ToContainTextAsync($"Evento {s.Close} di {s.Close}");
        await Expect(play).ToHaveTextAsync("Riproduci");
        await Expect(play).ToHaveAttributeAsync("aria-pressed", "false");
        await Expect(card("c-anziani").Locator(".card-text")).ToHaveTextAsync("Anziani soli in casa");
        await page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Vai a: Incontro 1: Primo incontro") }).ClickAsync();
        await Expect(position).ToContainTextAsync($"Evento {s.Open} di {s.Close}");

        // The same screen at phone and wide-screen widths, in English.
        await page.GetByRole(AriaRole.Button, new() { Name = "Switch to English" }).ClickAsync();
        await Expect(description).ToHaveTextAsync("Giulia Facilitatrice opened the meeting “Primo incontro”");
        await page.SetViewportSizeAsync(360, 800);
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Forward: next event" })).ToBeVisibleAsync();
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.Artifacts, "replay-5-360px-en.png"), FullPage = true });
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), "The replay scrolls sideways at 360 px.");
        await page.SetViewportSizeAsync(1920, 1080);
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.Artifacts, "replay-6-1920px-en.png"), FullPage = true });
    }

    [Fact]
    public async Task AParticipantIsToldTheHistoryIsForStaff()
    {
        await using var server = new LabServer();
        await using var session = await RecordAsync(server);
        await using var context = await _browser.Browser.NewContextAsync(new() { BaseURL = server.BaseUrl.ToString() });
        var saved = JsonSerializer.Serialize(new { token = session.AnnaToken, labId = session.LabId, participantId = "p", title = session.Title }, Json);
        await context.AddInitScriptAsync($"localStorage.setItem({JsonSerializer.Serialize("laboratori.lab." + session.LabId)}, {JsonSerializer.Serialize(saved)});");
        var page = await context.NewPageAsync();

        await page.GotoAsync($"/lab/{session.LabId}/replay");

        await Expect(page.GetByRole(AriaRole.Alert).Filter(new() { HasText = "formatori e facilitatori" }))
            .ToHaveTextAsync("La cronologia è riservata a formatori e facilitatori: accedi con un account staff.");
        await Expect(page.Locator(".replay-player")).ToHaveCountAsync(0);
    }

    /// <summary>
    /// A short session, one incontro: Anna (Comune di Pisa) and Bruno (Cooperativa Il Ponte) write cards, Anna edits
    /// hers, the facilitator links two, Bruno votes, adds a card and deletes it.
    /// </summary>
    private static async Task<RecordedSession> RecordAsync(LabServer server)
    {
        var scene = await LabScene.StartAsync(server, participants: 0);
        var anna = await StaffPages.JoinAsync(server, scene.Lab, "Anna Rossi", "Comune di Pisa", "ente_pubblico");
        var bruno = await StaffPages.JoinAsync(server, scene.Lab, "Bruno Bianchi", "Cooperativa Il Ponte", "terzo_settore");
        var open = await scene.Facilitator.ApplyOkAsync("meeting.open", new { title = "Primo incontro" });
        var seqs = new Seqs(
            open,
            await anna.Peer.ApplyOkAsync("card.add", Payloads.AddCard("c-anziani", "Anziani soli", "bisogni")),
            await bruno.Peer.ApplyOkAsync("card.add", Payloads.AddCard("c-centro", "Centro diurno", "risorse")),
            await anna.Peer.ApplyOkAsync("card.edit", new { cardId = "c-anziani", text = "Anziani soli in casa" }),
            await scene.Facilitator.ApplyOkAsync("link.add", new { linkId = "l-1", from = "c-centro", to = "c-anziani" }),
            await bruno.Peer.ApplyOkAsync("vote.cast", new { cardId = "c-anziani" }),
            await bruno.Peer.ApplyOkAsync("card.add", Payloads.AddCard("c-trasporto", "Trasporto sociale", "azioni")),
            await bruno.Peer.ApplyOkAsync("card.delete", new { cardId = "c-trasporto" }),
            await scene.Facilitator.ApplyOkAsync("meeting.close", new { }));
        return new RecordedSession(scene, [anna.Peer, bruno.Peer], scene.Lab.Id, scene.Lab.Title, anna.Token, seqs);
    }

    private sealed record Seqs(long Open, long Anziani, long Centre, long Edit, long Link, long Vote, long Transport, long Delete, long Close);

    private sealed record RecordedSession(LabScene Scene, IReadOnlyList<HubPeer> Peers, string LabId, string Title, string AnnaToken, Seqs Seqs) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            foreach (var peer in Peers)
            {
                await peer.DisposeAsync();
            }

            await Scene.DisposeAsync();
        }
    }
}
