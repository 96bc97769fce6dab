using System.Text.RegularExpressions;
using Laboratori.Tests.Web;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Laboratori.Tests.Browser;

/// <summary>
/// The people of one live lab, each in a browser context of their own (their own localStorage, as on their own
/// device): a facilitator who signs in and creates the lab through the UI, and participants who join it.
/// </summary>
public sealed partial class LiveRoom : IAsyncDisposable
{
    private readonly List<IBrowserContext> _contexts = [];

    static LiveRoom()
    {
        SetDefaultExpectTimeout(15_000);
    }

    private LiveRoom(BrowserFixture browser, LabServer server)
    {
        Browser = browser;
        Server = server;
    }

    public BrowserFixture Browser { get; }

    public LabServer Server { get; }

    public IPage Facilitator { get; private set; } = null!;

    public string LabId { get; private set; } = "";

    public string JoinCode { get; private set; } = "";

    /// <summary>A facilitator signs in on the landing page, creates a lab with the form (choosing <paramref name="template"/> if given) and lands in it.</summary>
    public static async Task<LiveRoom> CreateAsync(BrowserFixture browser, LabServer server, string title, int width = 1366, int height = 900, string? template = null)
    {
        var room = new LiveRoom(browser, server);
        var page = await room.NewPageAsync(width, height);
        await page.GotoAsync("/");
        await page.Locator("#staff-user").FillAsync(LabServer.Facilitator);
        await page.Locator("#staff-password").FillAsync(LabServer.Facilitator);
        await page.GetByRole(AriaRole.Button, new() { Name = "Accedi", Exact = true }).ClickAsync();
        await page.Locator("#lab-title").FillAsync(title);
        await page.Locator("#lab-theme").FillAsync("Abitare");
        await page.Locator("#lab-mandate").FillAsync("Mandato del tavolo tecnico");
        await page.Locator("#lab-percorso").FillAsync("Insieme per Co-progettare");
        await page.Locator("#lab-edizione").FillAsync("Edizione 1");
        await page.Locator("#lab-sede").FillAsync("Pisa");
        if (template is not null)
        {
            await page.Locator("#lab-template").SelectOptionAsync(template);
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "Crea", Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(LabUrl());
        await Expect(page.Locator(".lab-title")).ToHaveTextAsync(title);
        room.Facilitator = page;
        room.LabId = LabUrl().Match(page.Url).Groups[1].Value;
        var code = page.Locator(".badge.code");
        await Expect(code).ToHaveTextAsync(new Regex(@"Codice: \S+"));
        room.JoinCode = (await code.TextContentAsync())!.Replace("Codice: ", "", StringComparison.Ordinal).Trim();
        return room;
    }

    /// <summary>A page in a new context (a new device) at the given size; <paramref name="touch"/>: a touch screen.</summary>
    public async Task<IPage> NewPageAsync(int width = 1366, int height = 900, bool touch = false)
    {
        var context = await Browser.Browser.NewContextAsync(new()
        {
            BaseURL = Server.BaseUrl.ToString(),
            ViewportSize = new() { Width = width, Height = height },
            HasTouch = touch,
            Locale = "it-IT",
        });
        context.SetDefaultTimeout(15_000);
        _contexts.Add(context);
        var page = await context.NewPageAsync();
        // Script errors and console errors go to a log beside the screenshots, for whoever reads a failure.
        page.PageError += (_, error) => Log($"page error: {error}");
        page.Console += (_, message) =>
        {
            if (message.Type is "error" or "warning")
            {
                Log($"console {message.Type}: {message.Text}");
            }
        };
        return page;
    }

    /// <summary>A participant opens the join link (the code is filled in) and gives a name.</summary>
    public async Task<IPage> JoinByLinkAsync(string name, int width = 1366, int height = 900, bool touch = false)
    {
        var page = await NewPageAsync(width, height, touch);
        await page.GotoAsync($"/?code={Uri.EscapeDataString(JoinCode)}");
        await Expect(page.Locator("#join-code")).ToHaveValueAsync(JoinCode);
        await page.Locator("#join-name").FillAsync(name);
        await page.GetByRole(AriaRole.Button, new() { Name = "Entra", Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(LabUrl());
        await Expect(page.Locator(".badge.votes")).ToBeVisibleAsync();
        return page;
    }

    /// <summary>A participant types the code on the landing page, with organisation and sector.</summary>
    public async Task<IPage> JoinByTypingAsync(string name, string organisation, string sector, int width = 1366, int height = 900)
    {
        var page = await NewPageAsync(width, height);
        await page.GotoAsync("/");
        await page.Locator("#join-code").FillAsync(JoinCode.ToLowerInvariant());
        await page.Locator("#join-name").FillAsync(name);
        await page.Locator("#join-organisation").FillAsync(organisation);
        await page.Locator("#join-sector").SelectOptionAsync(sector);
        await page.GetByRole(AriaRole.Button, new() { Name = "Entra", Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(LabUrl());
        await Expect(page.Locator(".badge.votes")).ToBeVisibleAsync();
        return page;
    }

    /// <summary>The facilitator opens free work (phase <c>libera</c>), and waits until <paramref name="others"/> show it.</summary>
    public async Task FreeWorkAsync(params IPage[] others)
    {
        await Facilitator.Locator("#phase-select").SelectOptionAsync("libera");
        foreach (var page in others.Prepend(Facilitator))
        {
            await Expect(page.Locator(".badge.phase")).ToHaveTextAsync("Fase: Lavoro libero");
        }
    }

    /// <summary>Anna Rossi and Bruno Bianchi join by the link, and the facilitator opens free work.</summary>
    public async Task<(IPage Anna, IPage Bruno)> AnnaAndBrunoInFreeWorkAsync()
    {
        var anna = await JoinByLinkAsync("Anna Rossi");
        var bruno = await JoinByLinkAsync("Bruno Bianchi");
        await FreeWorkAsync(anna, bruno);
        return (anna, bruno);
    }

    public static ILocator Lane(IPage page, string lane) => page.Locator($"section.lane[data-lane='{lane}']");

    /// <summary>The card whose own text holds <paramref name="text"/> (not one that only links to it).</summary>
    public static ILocator Card(IPage page, string text) => page.Locator("li.card").Filter(new() { Has = page.Locator(".card-text", new() { HasText = text }) });

    public static async Task AddCardAsync(IPage page, string lane, string text)
    {
        await page.Locator($"#new-card-{lane}").FillAsync(text);
        await Lane(page, lane).GetByRole(AriaRole.Button, new() { Name = "Aggiungi", Exact = true }).ClickAsync();
    }

    public static Task ScreenshotAsync(IPage page, string name) =>
        page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.Artifacts, name), FullPage = true });

    public async ValueTask DisposeAsync()
    {
        // LIVE_DEBUG=1 keeps how every page looked at the end, to read a failure.
        if (Environment.GetEnvironmentVariable("LIVE_DEBUG") == "1")
        {
            var n = 0;
            foreach (var page in _contexts.SelectMany(c => c.Pages))
            {
                await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.Artifacts, "debug", $"{LabId}-{++n}.png"), FullPage = true });
            }
        }

        foreach (var context in _contexts)
        {
            await context.DisposeAsync();
        }
    }

    private static readonly Lock LogLock = new();

    private static void Log(string line)
    {
        lock (LogLock)
        {
            File.AppendAllText(Path.Combine(BrowserFixture.Artifacts, "console.log"), $"{DateTimeOffset.UtcNow:O} {line}{Environment.NewLine}");
        }
    }

    [GeneratedRegex(@"/lab/([A-Za-z0-9_-]+)$")]
    private static partial Regex LabUrl();
}
