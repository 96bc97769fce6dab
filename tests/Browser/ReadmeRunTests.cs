using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Laboratori.Tests.Web;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Laboratori.Tests.Browser;

/// <summary>
/// The README's promise: <c>dotnet run --project web</c> on an empty data folder seeds the demo, and signing in as the
/// demo coordinator (<c>coordinatore</c> / <c>coordinatore</c>) opens a workspace with the seed-shaped programme
/// (3 percorsi, 28 edizioni across the 13 sedi, three labs with history) and its dashboard.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ReadmeRunTests(BrowserFixture browser)
{
    private const string Programme = "Innovazione e inclusione sociale";
    private static readonly string[] EditionFigures = ["editionsPlanned", "editionsRunning", "editionsFinished"];

    [Fact]
    public async Task TheRunCommandOpensTheDemoProgrammeAndItsDashboardForTheCoordinator()
    {
        await using var run = await DevelopmentRun.StartAsync(TimeSpan.FromMinutes(3));
        await WaitForTheDemoAsync(run);

        var context = await browser.Browser.NewContextAsync(new() { BaseURL = run.Url.ToString(), ViewportSize = new() { Width = 1366, Height = 900 }, Locale = "it-IT" });
        try
        {
            SetDefaultExpectTimeout((float)(Waits.Timeout.TotalMilliseconds * 2));
            var page = await context.NewPageAsync();
            await page.GotoAsync("/");
            await page.Locator("#staff-user").FillAsync("coordinatore");
            await page.Locator("#staff-password").FillAsync("coordinatore");
            await page.GetByRole(AriaRole.Button, new() { Name = "Accedi", Exact = true }).ClickAsync();

            await Expect(page).ToHaveURLAsync(new Regex("/staff$"));
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = Programme, Level = 2 })).ToBeVisibleAsync();
            await Expect(page.Locator(".ws-percorso-title")).ToHaveTextAsync([
                "Integrazione e Co-progettazione per la governance territoriale del FSE", "Innovazione e Co-progettazione FSE", "Insieme per Co-progettare l'Europa"]);
            await Expect(page.Locator(".ws-edizione")).ToHaveCountAsync(28);
            await Expect(page.Locator(".ws-lab-title")).Not.ToHaveCountAsync(0);
            var violations = await Axe.ScanAsync(page);
            await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.Artifacts, "staff-demo-area-di-lavoro-1366.png"), FullPage = true });

            await page.GetByRole(AriaRole.Link, new() { Name = $"Cruscotto di {Programme}" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = $"Cruscotto: {Programme}", Level = 1 })).ToBeVisibleAsync();
            await Expect(page.Locator("table[data-table=edizioni] tbody tr")).ToHaveCountAsync(28);
            await Expect(page.Locator("table[data-table=percorsi] tbody tr")).ToHaveCountAsync(3);
            await Expect(page.Locator("table[data-table=laboratori] tbody tr")).ToHaveCountAsync(3);
            await Expect(page.Locator("svg.bar-chart")).ToHaveCountAsync(4);
            var sedi = await page.Locator("table[data-table=edizioni] tbody tr td:nth-child(3)").AllTextContentsAsync();
            Assert.Equal(13, sedi.Distinct(StringComparer.Ordinal).Count());
            var editions = await Task.WhenAll(EditionFigures.Select(f => page.Locator($"[data-figure={f}] dd").TextContentAsync()));
            Assert.Equal(28, editions.Sum(n => int.Parse(n!, System.Globalization.CultureInfo.InvariantCulture)));
            violations.AddRange(await Axe.ScanAsync(page));
            await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.Artifacts, "staff-demo-cruscotto-1366.png"), FullPage = true });
            Assert.True(violations.Count == 0, string.Join("\n", violations.Select(v => $"{v.Id} ({v.Impact}) {v.Help}: {v.Where}")));
        }
        finally
        {
            await context.CloseAsync();
        }
    }

    /// <summary>The demo is written in the background after start (minutes on a loaded machine): wait for its three labs.</summary>
    private static async Task WaitForTheDemoAsync(DevelopmentRun run)
    {
        using var http = new HttpClient { BaseAddress = run.Url };
        using var login = await http.PostAsJsonAsync("api/auth/login", new { userName = "coordinatore", password = "coordinatore" });
        Assert.True(login.IsSuccessStatusCode, $"The demo coordinator could not sign in: {(int)login.StatusCode}\n{run.Output}");
        var token = (await login.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var deadline = new CancellationTokenSource(TimeSpan.FromMinutes(6));
        using var poll = new PeriodicTimer(TimeSpan.FromMilliseconds(500));
        while (await poll.WaitForNextTickAsync(deadline.Token))
        {
            var workspace = await http.GetFromJsonAsync<JsonElement>("api/workspace", deadline.Token);
            if (workspace.GetProperty("programmes").EnumerateArray().Any(p => p.GetProperty("labs").GetArrayLength() == 3))
            {
                return;
            }
        }
    }
}
