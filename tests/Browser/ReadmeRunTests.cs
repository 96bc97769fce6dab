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
        var withAdesioni = await TheDemoHasAdesioniARegisterAndCertificatesAsync(run);

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

            // An edizione's lab with its adesioni, and the programme's register of enti.
            await page.GetByRole(AriaRole.Button, new() { Name = $"Adesioni di «{withAdesioni}»" }).First.ClickAsync();
            await Expect(page.GetByRole(AriaRole.Region, new() { Name = $"Adesioni di «{withAdesioni}»" }).Locator(".ws-adesione")).Not.ToHaveCountAsync(0);
            await page.GetByRole(AriaRole.Button, new() { Name = $"Registro degli enti di «{Programme}»" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Region, new() { Name = $"Registro degli enti di «{Programme}»" }).Locator(".ws-ente-name")).ToHaveCountAsync(11);
            violations.AddRange(await Axe.ScanAsync(page));
            await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.Artifacts, "staff-demo-adesioni-enti-1366.png"), FullPage = true });

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

    /// <summary>
    /// The demo's edizioni have labs with adesioni, a register taken at the incontri already held and people who reached
    /// the certificate threshold (their attestati print), and cards the facilitator wrote per conto di an ente and a
    /// person; returns the title of such a lab.
    /// </summary>
    private static async Task<string> TheDemoHasAdesioniARegisterAndCertificatesAsync(DevelopmentRun run)
    {
        using var http = new HttpClient { BaseAddress = run.Url };
        using var login = await http.PostAsJsonAsync("api/auth/login", new { userName = "coordinatore", password = "coordinatore" });
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", (await login.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString());
        var labs = (await http.GetFromJsonAsync<JsonElement>("api/workspace")).GetProperty("programmes").EnumerateArray()
            .Single(p => p.GetProperty("programme").GetProperty("title").GetString() == Programme).GetProperty("labs").EnumerateArray()
            .Where(l => l.GetProperty("edizioneId").GetString() is not null).ToList();
        Assert.Equal(3, labs.Count);
        // Each lab's adesioni and roll calls are the last thing the demo writes for it: wait until all three have them.
        using (var deadline = new CancellationTokenSource(TimeSpan.FromMinutes(6)))
        using (var poll = new PeriodicTimer(TimeSpan.FromMilliseconds(500)))
        {
            while (!await AllHaveAdesioniAsync())
            {
                await poll.WaitForNextTickAsync(deadline.Token);
            }
        }

        var certified = new List<string>();
        foreach (var lab in labs)
        {
            var id = lab.GetProperty("id").GetString();
            var cards = (await http.GetFromJsonAsync<JsonElement>($"api/labs/{id}/canvas")).GetProperty("state").GetProperty("cards").EnumerateObject()
                .Where(c => c.Value.TryGetProperty("onBehalfOf", out _)).Select(c => c.Value.GetProperty("onBehalfOf").GetProperty("kind").GetString()).Order(StringComparer.Ordinal);
            Assert.Equal(["ente", "member"], cards);

            // The incontri already held have their roll call; a lab whose edizione began only days ago may have none yet.
            var marks = 0;
            foreach (var incontro in (await http.GetFromJsonAsync<JsonElement>($"api/labs/{id}/incontri")).EnumerateArray())
            {
                marks += (await http.GetFromJsonAsync<JsonElement>($"api/incontri/{incontro.GetProperty("id").GetString()}/register/marks")).GetArrayLength();
            }

            var idonei = (await http.GetFromJsonAsync<JsonElement>($"api/labs/{id}/hours")).GetProperty("people").EnumerateArray().Count(p => p.GetProperty("idoneo").GetBoolean());
            var certificates = Regex.Count(await http.GetStringAsync($"api/labs/{id}/certificates"), "<h1>Attestato di frequenza</h1>");
            Assert.Equal(idonei, certificates);
            if (marks > 0 && idonei > 0)
            {
                certified.Add(lab.GetProperty("title").GetString()!);
            }
        }

        Assert.NotEmpty(certified);
        return certified[0];

        async Task<bool> AllHaveAdesioniAsync()
        {
            foreach (var lab in labs)
            {
                if ((await http.GetFromJsonAsync<JsonElement>($"api/labs/{lab.GetProperty("id").GetString()}/adesioni")).GetArrayLength() == 0)
                {
                    return false;
                }
            }

            return true;
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
