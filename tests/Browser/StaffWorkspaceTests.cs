using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using Laboratori.Tests.Accounts;
using Laboratori.Tests.Web;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Laboratori.Tests.Browser;

/// <summary>
/// The staff screens in headless Chromium: a coordinator builds a programme from the workspace, an admin invites a
/// facilitator who sets a password from the link and finds only their lab; the dashboard renders and exports; signing in
/// from a deep link returns to it and a revoked token sends the person back to sign in. Every new screen is scanned with
/// axe and photographed at 360, 1366 and 1920 px into artifacts/browser.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class StaffWorkspaceTests
{
    private const string Programme = "Comunità che curano";
    private readonly BrowserFixture _browser;
    private readonly List<IBrowserContext> _contexts = [];

    public StaffWorkspaceTests(BrowserFixture browser)
    {
        _browser = browser;
        SetDefaultExpectTimeout((float)(Waits.Timeout.TotalMilliseconds * 2));
    }

    [Fact]
    public async Task CoordinatorBuildsAProgrammeAndTheInvitedFacilitatorFindsOnlyTheirLab()
    {
        await using var server = new AccountServer();
        try
        {
            var violations = new List<AxeViolation>();
            // Dates around today (the server's clock is real): the first edizione runs, the second is planned.
            var today = DateOnly.FromDateTime(DateTime.UtcNow);
            string Day(int days) => today.AddDays(days).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

            // The admin invites Giovanna and reads the one-time link off the screen.
            var admin = await NewPageAsync(server, 1366);
            await StaffSignIn.FromHomeAsync(admin, AccountServer.Admin, AccountServer.Admin);
            await admin.GetByRole(AriaRole.Link, new() { Name = "Account dello staff" }).ClickAsync();
            await Expect(admin.GetByRole(AriaRole.Heading, new() { Name = "Account dello staff", Level = 1 })).ToBeVisibleAsync();
            await admin.Locator("#invite-user").FillAsync("giovanna.b");
            await admin.Locator("#invite-name").FillAsync("Giovanna Bianchi");
            await admin.Locator("#invite-role").SelectOptionAsync("facilitator");
            await admin.GetByRole(AriaRole.Button, new() { Name = "Invita", Exact = true }).ClickAsync();
            await Expect(admin.Locator("#admin-link")).ToHaveValueAsync(new Regex("/staff/password\\?user=staff-giovanna\\.b&token="));
            var link = await admin.Locator("#admin-link").InputValueAsync();
            await Expect(admin.Locator(".admin-account[data-account-id=\"staff-giovanna.b\"]")).ToContainTextAsync("password non ancora impostata");
            // A new password link ends the person's sessions: the screen asks first, and cancelling changes nothing.
            await admin.GetByRole(AriaRole.Button, new() { Name = "Nuova password per Giovanna Bianchi" }).ClickAsync();
            var confirm = admin.GetByRole(AriaRole.Group, new() { Name = "Nuova password per Giovanna Bianchi" });
            await Expect(confirm).ToContainTextAsync("Creare un nuovo link per la password di Giovanna Bianchi?");
            violations.AddRange(await Screens.ScanAndShootAsync(admin, "staff-account-conferma"));
            await confirm.GetByRole(AriaRole.Button, new() { Name = "Annulla" }).ClickAsync();
            await Expect(confirm).ToHaveCountAsync(0);
            await Expect(admin.Locator("#admin-link")).ToHaveValueAsync(link);
            violations.AddRange(await Screens.ScanAndShootAsync(admin, "staff-account"));

            // The coordinator builds programme → percorso → two edizioni → a lab in each, and assigns Giovanna to the first.
            var coordinator = await NewPageAsync(server, 1366);
            await StaffSignIn.FromHomeAsync(coordinator, AccountServer.Coordinator, AccountServer.Coordinator);
            await coordinator.GetByRole(AriaRole.Button, new() { Name = "Nuovo programma" }).ClickAsync();
            var form = coordinator.GetByRole(AriaRole.Form, new() { Name = "Nuovo programma" });
            await form.GetByLabel("Titolo").FillAsync(Programme);
            await form.GetByLabel("Fondo").SelectOptionAsync("piano_di_zona");
            await form.GetByLabel("Inizio").FillAsync(Day(-200));
            await form.GetByLabel("Fine").FillAsync(Day(300));
            await form.GetByLabel("Ente titolare").FillAsync("Società della Salute Pisana");
            await form.GetByRole(AriaRole.Button, new() { Name = "Crea" }).ClickAsync();
            await Expect(coordinator.GetByRole(AriaRole.Heading, new() { Name = Programme, Level = 2 })).ToBeVisibleAsync();

            await coordinator.GetByRole(AriaRole.Button, new() { Name = $"Nuovo percorso in {Programme}" }).ClickAsync();
            form = coordinator.GetByRole(AriaRole.Form, new() { Name = $"Nuovo percorso in {Programme}" });
            await form.GetByLabel("Titolo").FillAsync("Lab.Go abitare");
            await form.GetByLabel("Ore previste per edizione").FillAsync("12");
            await form.GetByRole(AriaRole.Button, new() { Name = "Crea" }).ClickAsync();
            await Expect(coordinator.Locator(".ws-percorso-title")).ToHaveTextAsync("Lab.Go abitare");

            // A refused edizione shows the server's reason in the form, and nothing is created.
            await coordinator.GetByRole(AriaRole.Button, new() { Name = "Nuova edizione di Lab.Go abitare" }).ClickAsync();
            form = coordinator.GetByRole(AriaRole.Form, new() { Name = "Nuova edizione di Lab.Go abitare" });
            await form.GetByLabel("Sede").SelectOptionAsync("pisa");
            await form.GetByLabel("Inizio").FillAsync(Day(90));
            await form.GetByLabel("Fine").FillAsync(Day(60));
            await form.GetByRole(AriaRole.Button, new() { Name = "Crea" }).ClickAsync();
            await Expect(form.GetByRole(AriaRole.Alert)).ToHaveTextAsync("Date non valide: la fine precede l'inizio o esce dal periodo che la contiene.");
            await form.GetByLabel("Inizio").FillAsync(Day(-30));
            await form.GetByLabel("Fine").FillAsync(Day(30));
            await form.GetByRole(AriaRole.Button, new() { Name = "Crea" }).ClickAsync();
            await Expect(coordinator.Locator(".ws-edizione")).ToHaveCountAsync(1);
            await coordinator.GetByRole(AriaRole.Button, new() { Name = "Nuova edizione di Lab.Go abitare" }).ClickAsync();
            form = coordinator.GetByRole(AriaRole.Form, new() { Name = "Nuova edizione di Lab.Go abitare" });
            await form.GetByLabel("Sede").SelectOptionAsync("siena");
            await form.GetByLabel("Inizio").FillAsync(Day(60));
            await form.GetByLabel("Fine").FillAsync(Day(120));
            await form.GetByRole(AriaRole.Button, new() { Name = "Crea" }).ClickAsync();
            await Expect(coordinator.Locator(".ws-edizione")).ToHaveCountAsync(2);

            await CreateLabAsync(coordinator, "Lab.Go abitare · Edizione 1", "Abitare a Pisa");
            await CreateLabAsync(coordinator, "Lab.Go abitare · Edizione 2", "Abitare a Siena");
            await coordinator.GetByRole(AriaRole.Button, new() { Name = "Staff assegnato" }).ClickAsync();
            form = coordinator.GetByRole(AriaRole.Form, new() { Name = "Assegna" });
            await form.GetByLabel("Nome utente").FillAsync("giovanna.b");
            await form.GetByLabel("Ruolo").SelectOptionAsync("facilitator");
            await form.GetByLabel("Edizione").SelectOptionAsync(new SelectOptionValue { Label = "Lab.Go abitare · Edizione 1" });
            await form.GetByRole(AriaRole.Button, new() { Name = "Assegna" }).ClickAsync();
            await Expect(coordinator.Locator(".workspace > [role=status]")).ToHaveTextAsync("Salvato: giovanna.b");
            await coordinator.GetByRole(AriaRole.Button, new() { Name = "Staff assegnato" }).ClickAsync();
            await Expect(coordinator.Locator(".ws-staff-list")).ToContainTextAsync("giovanna.b: facilitazione · Lab.Go abitare · Edizione 1");

            // The lab is edited after creation: a new title, theme and mandate.
            await coordinator.GetByRole(AriaRole.Button, new() { Name = "Modifica Abitare a Siena" }).ClickAsync();
            form = coordinator.GetByRole(AriaRole.Form, new() { Name = "Modifica Abitare a Siena" });
            await form.GetByLabel("Titolo").FillAsync("Abitare insieme a Siena");
            await form.GetByLabel("Area tematica").FillAsync("Abitare");
            await form.GetByLabel("Mandato").FillAsync("Proposte al tavolo tecnico");
            await form.GetByRole(AriaRole.Button, new() { Name = "Salva" }).ClickAsync();
            await Expect(coordinator.Locator(".ws-lab-title")).ToHaveTextAsync(["Abitare a Pisa", "Abitare insieme a Siena"]);

            // Search narrows the tree; the filters are in the address (typing replaces the step, a choice adds one), so
            // that a reload, a link or the back and forward buttons show the same selection.
            await coordinator.Locator("#ws-search").FillAsync("siena");
            await Expect(coordinator.Locator(".ws-lab-title")).ToHaveTextAsync(["Abitare insieme a Siena"]);
            await Expect(coordinator).ToHaveURLAsync(new Regex("/staff\\?text=siena$"));
            await coordinator.Locator("#ws-search").FillAsync("");
            await Expect(coordinator).ToHaveURLAsync(new Regex("/staff$"));
            await coordinator.Locator("#ws-sede").SelectOptionAsync("pisa");
            await Expect(coordinator).ToHaveURLAsync(new Regex("/staff\\?sede=pisa$"));
            await Expect(coordinator.Locator(".ws-lab-title")).ToHaveTextAsync(["Abitare a Pisa"]);
            await coordinator.ReloadAsync();
            await Expect(coordinator.Locator("#ws-sede")).ToHaveValueAsync("pisa");
            await Expect(coordinator.Locator(".ws-lab-title")).ToHaveTextAsync(["Abitare a Pisa"]);
            await coordinator.GoBackAsync();
            await Expect(coordinator).ToHaveURLAsync(new Regex("/staff$"));
            await Expect(coordinator.Locator(".ws-lab-title")).ToHaveTextAsync(["Abitare a Pisa", "Abitare insieme a Siena"]);
            await Expect(coordinator.Locator("#ws-sede")).ToHaveValueAsync("");
            await coordinator.GoForwardAsync();
            await Expect(coordinator.Locator("#ws-sede")).ToHaveValueAsync("pisa");
            await Expect(coordinator.Locator(".ws-lab-title")).ToHaveTextAsync(["Abitare a Pisa"]);
            await coordinator.GoBackAsync();
            await Expect(coordinator.Locator(".ws-lab-title")).ToHaveTextAsync(["Abitare a Pisa", "Abitare insieme a Siena"]);
            violations.AddRange(await Screens.ScanAndShootAsync(coordinator, "staff-area-di-lavoro"));

            // Giovanna sets her password from the link, signs in, and finds only the lab of her edizione.
            var facilitator = await NewPageAsync(server, 360);
            await facilitator.GotoAsync(new Uri(link).PathAndQuery);
            await facilitator.Locator("#new-password").FillAsync("una-password-lunga");
            await facilitator.Locator("#repeat-password").FillAsync("una-password-lunga");
            await facilitator.GetByRole(AriaRole.Button, new() { Name = "Salva la password" }).ClickAsync();
            await Expect(facilitator.GetByRole(AriaRole.Status).Filter(new() { HasText = "Password impostata" })).ToBeVisibleAsync();
            violations.AddRange(await Axe.ScanAsync(facilitator));
            await facilitator.GetByRole(AriaRole.Link, new() { Name = "Vai all’accesso" }).ClickAsync();
            await facilitator.Locator("#staff-user").FillAsync("giovanna.b");
            await facilitator.Locator("#staff-password").FillAsync("una-password-lunga");
            await facilitator.GetByRole(AriaRole.Button, new() { Name = "Accedi", Exact = true }).ClickAsync();
            await Expect(facilitator).ToHaveURLAsync(new Regex("/staff$"));
            await Expect(facilitator.Locator(".signed-in")).ToContainTextAsync("Giovanna Bianchi");
            await Expect(facilitator.Locator(".ws-lab-title")).ToHaveTextAsync(["Abitare a Pisa"]);
            await Expect(facilitator.GetByRole(AriaRole.Button, new() { Name = "Nuovo programma" })).ToHaveCountAsync(0);
            await facilitator.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.Artifacts, "staff-facilitatore-360.png"), FullPage = true });

            // Her account is reset: her next call is refused, she is told, signs in again and is back where she was.
            var reset = await server.CallAsync(HttpMethod.Post, "/api/staff/staff-giovanna.b/reset", await server.TokenAsync(AccountServer.Admin));
            var (userId, resetToken) = AccountServer.FromLink(reset.Body);
            Assert.Equal(System.Net.HttpStatusCode.NoContent, (await server.CallAsync(HttpMethod.Post, "/api/auth/password", null, new { userId, token = resetToken, password = "un-altra-password" })).Status);
            await facilitator.GetByRole(AriaRole.Button, new() { Name = "Incontri di Abitare a Pisa" }).ClickAsync();
            await Expect(facilitator).ToHaveURLAsync(new Regex("/staff/accesso\\?ritorno=%2Fstaff$"));
            await Expect(facilitator.Locator(".notice-error")).ToHaveTextAsync("La sessione staff è scaduta o è stata chiusa: accedi di nuovo.");
            await facilitator.Locator("#staff-user").FillAsync("giovanna.b");
            await facilitator.Locator("#staff-password").FillAsync("un-altra-password");
            await facilitator.GetByRole(AriaRole.Button, new() { Name = "Accedi", Exact = true }).ClickAsync();
            await Expect(facilitator).ToHaveURLAsync(new Regex("/staff$"));
            await Expect(facilitator.Locator(".ws-lab-title")).ToHaveTextAsync(["Abitare a Pisa"]);

            // The dashboard of the new programme: figures, charts, tables, and its exports.
            await coordinator.GetByRole(AriaRole.Link, new() { Name = $"Cruscotto di {Programme}" }).ClickAsync();
            await Expect(coordinator.GetByRole(AriaRole.Heading, new() { Name = $"Cruscotto: {Programme}", Level = 1 })).ToBeVisibleAsync();
            await Expect(coordinator.Locator("[data-figure=editionsRunning] dd")).ToHaveTextAsync("1");
            await Expect(coordinator.Locator("[data-figure=editionsPlanned] dd")).ToHaveTextAsync("1");
            // Nobody has joined yet: each chart says so rather than drawing empty axes.
            await Expect(coordinator.Locator("figure.chart .chart-empty-note")).ToHaveTextAsync(Enumerable.Repeat("Ancora nessun dato.", 4).ToArray());
            await Expect(coordinator.Locator("svg.bar-chart")).ToHaveCountAsync(0);
            await Expect(coordinator.Locator("table[data-table=edizioni] tbody tr")).ToHaveCountAsync(2);
            var csv = await DownloadAsync(coordinator, coordinator.GetByRole(AriaRole.Button, new() { Name = "Scarica «Edizioni» in CSV" }));
            Assert.Equal("cruscotto-edizioni.csv", csv.Name);
            var lines = Encoding.UTF8.GetString(csv.Bytes).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
            Assert.Equal("edizione;percorso;sede;zona;stato;incontri_svolti;ore_erogate;iscritti;presenti;soglia_raggiunta", lines[0]);
            Assert.Equal(3, lines.Length);
            Assert.StartsWith("Edizione 1;Lab.Go abitare;Pisa;", lines[1], StringComparison.Ordinal);
            var xlsx = await DownloadAsync(coordinator, coordinator.GetByRole(AriaRole.Button, new() { Name = "Tutte le tabelle (XLSX)" }));
            using (var workbook = new ZipArchive(new MemoryStream(xlsx.Bytes)))
            {
                Assert.Equal(6, workbook.Entries.Count(e => e.FullName.StartsWith("xl/worksheets/sheet", StringComparison.Ordinal)));
            }

            violations.AddRange(await Screens.ScanAndShootAsync(coordinator, "staff-cruscotto"));

            // The dashboard's filters are in the address too.
            await coordinator.Locator("#dash-sede").SelectOptionAsync("siena");
            await Expect(coordinator).ToHaveURLAsync(new Regex("/staff/cruscotto/[^/?]+\\?sede=siena$"));
            await Expect(coordinator.Locator("table[data-table=edizioni] tbody tr")).ToHaveCountAsync(1);
            await coordinator.ReloadAsync();
            await Expect(coordinator.Locator("#dash-sede")).ToHaveValueAsync("siena");
            await Expect(coordinator.Locator("table[data-table=edizioni] tbody tr")).ToHaveCountAsync(1);
            await coordinator.GoBackAsync();
            await Expect(coordinator.Locator("#dash-sede")).ToHaveValueAsync("");
            await Expect(coordinator.Locator("table[data-table=edizioni] tbody tr")).ToHaveCountAsync(2);
            var blocking = violations.Select(v => $"{v.Id} ({v.Impact}) {v.Help}: {v.Where}").Distinct().ToList();
            Assert.True(blocking.Count == 0, string.Join("\n", blocking));
        }
        finally
        {
            await CloseContextsAsync();
        }
    }

    [Fact]
    public async Task SigningInFromADeepLinkReturnsToIt()
    {
        await using var server = new AccountServer();
        try
        {
            var lab = await server.Server.Api.CreateLabAsync(await server.Server.StaffTokenAsync(LabServer.Facilitator), "Proiettato");
            var page = await NewPageAsync(server, 1366);

            await page.GotoAsync($"/lab/{lab.Id}/proiezione");
            await Expect(page).ToHaveURLAsync(new Regex($"/staff/accesso\\?ritorno=%2Flab%2F{lab.Id}%2Fproiezione$"));
            await Expect(page.Locator(".sign-in-return")).ToHaveTextAsync($"Dopo l’accesso torni a: /lab/{lab.Id}/proiezione");
            var violations = await Axe.ScanAsync(page);
            await page.Locator("#staff-user").FillAsync(LabServer.Facilitator);
            await page.Locator("#staff-password").FillAsync(LabServer.Facilitator);
            await page.GetByRole(AriaRole.Button, new() { Name = "Accedi", Exact = true }).ClickAsync();
            await Expect(page).ToHaveURLAsync(new Regex($"/lab/{lab.Id}/proiezione$"));

            var other = await NewPageAsync(server, 1366);
            await other.GotoAsync($"/lab/{lab.Id}/replay");
            await other.Locator("#staff-user").FillAsync(LabServer.Trainer);
            await other.Locator("#staff-password").FillAsync(LabServer.Trainer);
            await other.GetByRole(AriaRole.Button, new() { Name = "Accedi", Exact = true }).ClickAsync();
            await Expect(other).ToHaveURLAsync(new Regex($"/lab/{lab.Id}/replay$"));
            Assert.True(violations.Count == 0, string.Join("\n", violations.Select(v => $"{v.Id} ({v.Impact}) {v.Help}")));
        }
        finally
        {
            await CloseContextsAsync();
        }
    }

    private async Task<IPage> NewPageAsync(AccountServer server, int width)
    {
        var context = await _browser.Browser.NewContextAsync(new()
        {
            BaseURL = server.Server.BaseUrl.ToString(), ViewportSize = new() { Width = width, Height = 900 }, Locale = "it-IT", AcceptDownloads = true,
        });
        _contexts.Add(context);
        return await context.NewPageAsync();
    }

    /// <summary>Closes the pages (and their hub connections) before the server stops under them.</summary>
    private async Task CloseContextsAsync()
    {
        foreach (var context in _contexts)
        {
            await context.CloseAsync();
        }

        _contexts.Clear();
    }

    private static async Task CreateLabAsync(IPage page, string edizione, string title)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = $"Nuovo laboratorio in {edizione}" }).ClickAsync();
        var form = page.GetByRole(AriaRole.Form, new() { Name = $"Nuovo laboratorio in {edizione}" });
        await form.GetByLabel("Titolo").FillAsync(title);
        await form.GetByRole(AriaRole.Button, new() { Name = "Crea" }).ClickAsync();
        await Expect(page.Locator(".ws-lab-title").Filter(new() { HasText = title })).ToBeVisibleAsync();
    }

    private static async Task<(string Name, byte[] Bytes)> DownloadAsync(IPage page, ILocator button)
    {
        var download = await page.RunAndWaitForDownloadAsync(() => button.ClickAsync());
        await using var stream = await download.CreateReadStreamAsync();
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy);
        return (download.SuggestedFilename, copy.ToArray());
    }
}
