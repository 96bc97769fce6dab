using System.Net;
using System.Text.RegularExpressions;
using Laboratori.Tests.Accounts;
using Laboratori.Tests.Web;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Laboratori.Tests.Browser;

/// <summary>
/// The programme's work templates in headless Chromium: the coordinator makes a template in the editor (a missing name
/// is refused where it can be fixed), a lab is made from version 1, version 2 is saved (a column added and moved up,
/// the phase's instructions changed), the lab made before keeps version 1, and a lab made from the workspace's form
/// with version 2 shows its lanes, the lane's prompt and the phase's instructions in the room. Axe; 360, 1366 and
/// 1920 px into artifacts/browser/modelli-*.png.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class TemplateEditorBrowserTests
{
    private readonly BrowserFixture _browser;

    public TemplateEditorBrowserTests(BrowserFixture browser)
    {
        _browser = browser;
        SetDefaultExpectTimeout((float)(Waits.Timeout.TotalMilliseconds * 2));
    }

    [Fact]
    public async Task ACoordinatorSavesVersionsAndEachLabKeepsItsOwn()
    {
        await using var server = new AccountServer();
        var s = await Structure.CreateAsync(server, "modelli");
        var token = await server.TokenAsync(s.Coordinator, AccountServer.GoodPassword);
        await using var context = await _browser.Browser.NewContextAsync(new() { BaseURL = server.Server.BaseUrl.ToString(), ViewportSize = new() { Width = 1366, Height = 900 }, Locale = "it-IT" });
        var page = await context.NewPageAsync();
        await StaffSignIn.FromHomeAsync(page, s.Coordinator, AccountServer.GoodPassword);
        var violations = new List<AxeViolation>();

        var programme = page.Locator($"section.ws-programme[data-programme-id=\"{s.Programme}\"]");
        await programme.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Modelli di lavoro di ") }).ClickAsync();
        var panel = programme.Locator(".ws-templates");
        await Expect(panel.Locator(".tpl-entry .ws-badge").First).ToHaveTextAsync("modello predefinito");
        await Expect(panel).ToContainTextAsync("Il programma non ha ancora modelli propri.");
        // Each entry says its shape, so a coordinator picks without opening every preview.
        await Expect(panel.Locator(".tpl-entry").Filter(new() { HasText = "Stakeholder → Communityholder" }).Locator(".tpl-summary"))
            .ToHaveTextAsync("Matrice: 4 righe × 2 colonne · 5 voti a persona");
        await Expect(panel.Locator(".tpl-entry .tpl-summary").First).ToHaveTextAsync("3 colonne · 5 voti a persona");
        violations.AddRange(await Screens.ScanAndShootAsync(page, "modelli-elenco"));

        // Version 1: two columns, one phase; the second column's name left out first. Fields by their accessible
        // names: a required field's label also holds an aria-hidden " *".
        await panel.GetByRole(AriaRole.Button, new() { Name = "Nuovo modello", Exact = true }).ClickAsync();
        var editor = panel.GetByRole(AriaRole.Form, new() { Name = "Nuovo modello di lavoro" });
        await editor.GetByRole(AriaRole.Textbox, new() { Name = "Nome", Exact = true }).First.FillAsync("Casa e prossimità");
        await editor.GetByRole(AriaRole.Button, new() { Name = "Aggiungi colonna" }).ClickAsync();
        var first = editor.GetByRole(AriaRole.Group, new() { NameRegex = new Regex("^Colonna 1") });
        await first.GetByRole(AriaRole.Textbox, new() { Name = "Nome", Exact = true }).FillAsync("Bisogni della casa");
        await first.GetByLabel("Tipo").SelectOptionAsync("need");
        await first.GetByLabel("Domanda guida", new() { Exact = true }).FillAsync("Che cosa manca oggi a chi cerca casa?");
        await editor.GetByRole(AriaRole.Button, new() { Name = "Aggiungi colonna" }).ClickAsync();
        await editor.GetByRole(AriaRole.Button, new() { Name = "Aggiungi fase" }).ClickAsync();
        var phase = editor.GetByRole(AriaRole.Group, new() { NameRegex = new Regex("^Fase 1") });
        await phase.GetByRole(AriaRole.Textbox, new() { Name = "Nome", Exact = true }).FillAsync("Ascolto");
        await phase.GetByLabel("Durata (minuti)").FillAsync("20");
        await phase.GetByLabel("Indicazioni", new() { Exact = true }).FillAsync("Una scheda per bisogno, con un esempio concreto.");
        await editor.GetByRole(AriaRole.Button, new() { Name = "Crea il modello" }).ClickAsync();
        await Expect(editor.GetByRole(AriaRole.Alert)).ToHaveTextAsync("Colonna 2: Manca un nome (del modello, di una colonna, di una riga o di una fase).");
        var second = editor.GetByRole(AriaRole.Group, new() { NameRegex = new Regex("^Colonna 2") });
        await second.GetByRole(AriaRole.Textbox, new() { Name = "Nome", Exact = true }).FillAsync("Impegni");
        await second.GetByLabel("Tipo").SelectOptionAsync("action");
        await Expect(editor.Locator(".tpl-lanes li strong")).ToHaveTextAsync(["Bisogni della casa", "Impegni"]);
        await editor.GetByRole(AriaRole.Button, new() { Name = "Crea il modello" }).ClickAsync();
        var entry = panel.Locator(".tpl-entry").Filter(new() { HasText = "Casa e prossimità" });
        await Expect(entry.Locator(".ws-badge")).ToHaveTextAsync("versione 1");
        var key = await entry.GetAttributeAsync("data-template");
        Assert.StartsWith("tpl-", key, StringComparison.Ordinal);
        var early = (await Structure.Expect(server, HttpStatusCode.Created, HttpMethod.Post, $"/api/edizioni/{s.Edizione}/labs", token, new { title = "Casa, primo", templateId = key }))
            .GetProperty("id").GetString()!;

        // Version 2: a third column moved up before Impegni, new instructions for the phase.
        await entry.GetByRole(AriaRole.Button, new() { Name = "Modifica «Casa e prossimità»" }).ClickAsync();
        editor = panel.GetByRole(AriaRole.Form, new() { Name = "«Casa e prossimità»: nuova versione (ora 1)" });
        await editor.GetByRole(AriaRole.Button, new() { Name = "Aggiungi colonna" }).ClickAsync();
        var third = editor.GetByRole(AriaRole.Group, new() { NameRegex = new Regex("^Colonna 3") });
        await third.GetByRole(AriaRole.Textbox, new() { Name = "Nome", Exact = true }).FillAsync("Chi può offrire");
        await third.GetByLabel("Tipo").SelectOptionAsync("resource");
        await editor.GetByRole(AriaRole.Button, new() { Name = "Sposta su: Colonna 3: Chi può offrire" }).ClickAsync();
        await Expect(page.Locator(":focus")).ToHaveAttributeAsync("aria-label", "Sposta su: Colonna 2: Chi può offrire");
        await editor.GetByRole(AriaRole.Group, new() { NameRegex = new Regex("^Fase 1") }).GetByLabel("Indicazioni", new() { Exact = true })
            .FillAsync("Prima i bisogni, poi chi può offrire.");
        await Expect(editor.Locator(".tpl-lanes li strong")).ToHaveTextAsync(["Bisogni della casa", "Chi può offrire", "Impegni"]);
        violations.AddRange(await Screens.ScanAndShootAsync(page, "modelli-editor"));
        await editor.GetByRole(AriaRole.Button, new() { Name = "Salva come nuova versione" }).ClickAsync();
        await Expect(entry.Locator(".ws-badge")).ToHaveTextAsync("versione 2");
        await Expect(entry.Locator(".tpl-versions li")).ToHaveCountAsync(2);

        // The lab made before keeps version 1; one made now from the form (which offers version 2) gets it.
        var before = await Structure.Expect(server, HttpStatusCode.OK, HttpMethod.Get, $"/api/labs/{early}/canvas", token);
        Assert.Equal(1, before.GetProperty("state").GetProperty("templateVersion").GetInt32());
        Assert.Equal(2, before.GetProperty("state").GetProperty("lanes").GetArrayLength());
        var edizione = page.Locator($"li.ws-edizione[data-edizione-id=\"{s.Edizione}\"]");
        await edizione.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Nuovo laboratorio in ") }).ClickAsync();
        var form = edizione.GetByRole(AriaRole.Form, new() { NameRegex = new Regex("^Nuovo laboratorio in ") });
        await form.GetByLabel("Titolo").FillAsync("Casa, secondo");
        await form.GetByLabel("Modello di lavoro").SelectOptionAsync(new SelectOptionValue { Label = "Casa e prossimità (versione 2)" });
        await form.GetByRole(AriaRole.Button, new() { Name = "Crea" }).ClickAsync();
        var open = page.Locator(".ws-lab").Filter(new() { HasText = "Casa, secondo" }).GetByRole(AriaRole.Button, new() { Name = "Apri Casa, secondo" });
        await open.ClickAsync();

        await Expect(page.Locator(".lane h2")).ToHaveTextAsync(["Bisogni della casa", "Chi può offrire", "Impegni"]);
        await Expect(page.Locator(".lane-prompt").First).ToHaveTextAsync("Che cosa manca oggi a chi cerca casa?");
        await Expect(page.Locator(".phase-own-instruction")).ToHaveTextAsync("Prima i bisogni, poi chi può offrire. (tempo previsto: 20 minuti)");
        await Expect(page.Locator(".phase-steps li").First).ToHaveTextAsync("Ascolto · 20 min");
        violations.AddRange((await Axe.ScanAsync(page)).Where(v => v.Impact is "serious" or "critical"));

        var blocking = violations.Where(v => v.Impact is "serious" or "critical").Select(v => $"{v.Id} ({v.Impact}) {v.Help} at {v.Where}").ToList();
        Assert.True(blocking.Count == 0, string.Join("\n", blocking));
    }
}
