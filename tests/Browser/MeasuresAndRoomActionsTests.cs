using System.Text.Json;
using Laboratori.Tests.Web;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Laboratori.Tests.Browser;

/// <summary>
/// Issue 13 in the browser: the replay shows the cohesion measures at the step it is on, and the live room opens an
/// "Azioni aperte" panel when the lab's next incontro opens, kept live as actions change (360, 1366, 1920 px; axe).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class MeasuresAndRoomActionsTests
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly BrowserFixture _browser;

    public MeasuresAndRoomActionsTests(BrowserFixture browser)
    {
        _browser = browser;
        SetDefaultExpectTimeout((float)Waits.Timeout.TotalMilliseconds);
    }

    [Fact]
    public async Task ReplayShowsTheMeasuresAtTheCurrentStep()
    {
        await using var server = new LabServer();
        await using var scene = await LabScene.StartAsync(server, participants: 2);
        await scene.Facilitator.ApplyOkAsync("meeting.open", new { title = "Primo incontro" });
        var added = await scene.Participants[0].ApplyOkAsync("card.add", Payloads.AddCard("n1", "Anziani soli in casa"));
        await scene.Participants[1].ApplyOkAsync("comment.add", new { commentId = "m1", cardId = "n1", text = "Anche da noi" });
        var last = await scene.Participants[1].ApplyOkAsync("vote.cast", new { cardId = "n1" });
        await using var context = await StaffContextAsync(server);
        var page = await context.NewPageAsync();

        await page.GotoAsync($"/lab/{scene.Lab.Id}/replay?seq={added}");

        var figures = page.Locator(".replay-measures dl");
        await Expect(page.Locator("#replay-measures-heading")).ToHaveTextAsync($"Misure al passo {added}");
        await Expect(figures).ToHaveAttributeAsync("data-seq", added.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await Expect(figures.Locator("dd").Nth(2)).ToHaveTextAsync("0 (0)");
        await page.GetByRole(AriaRole.Slider, new() { Name = "Evento" }).FocusAsync();
        await page.Keyboard.PressAsync("End");
        await Expect(figures).ToHaveAttributeAsync("data-seq", last.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await Expect(figures.Locator("dd").Nth(1)).ToHaveTextAsync("1 persone, 0 enti");
        await Expect(figures.Locator("dd").Nth(2)).ToHaveTextAsync("2 (0)");
        await Screens.ShootAsync(page, "replay-misure");
        await AssertAccessibleAsync(page);
    }

    [Fact]
    public async Task TheNextIncontroOpensWithTheActionsDueAndTheyFollowChangesLive()
    {
        await using var server = new LabServer();
        await using var scene = await LabScene.StartAsync(server, participants: 1);
        await scene.Facilitator.ApplyOkAsync("meeting.open", new { title = "Primo incontro" });
        await scene.Participants[0].ApplyOkAsync("card.add", Payloads.AddCard("n1", "Anziani soli in casa"));
        await scene.Participants[0].ApplyOkAsync("card.add", Payloads.AddCard("a1", "Portierato sociale", "azioni"));
        await scene.Participants[0].ApplyOkAsync("card.add", Payloads.AddCard("a2", "Festa di quartiere", "azioni"));
        await scene.Participants[0].ApplyOkAsync("link.add", new { linkId = "l1", from = "n1", to = "a1" });
        await scene.Participants[0].ApplyOkAsync("action.deadline", new { cardId = "a1", deadline = "2020-01-31" });
        await scene.Facilitator.ApplyOkAsync("meeting.close", new { });
        await using var context = await _browser.Browser.NewContextAsync(new() { BaseURL = server.BaseUrl.ToString(), ViewportSize = new() { Width = 1366, Height = 900 } });
        var saved = JsonSerializer.Serialize(new { token = scene.Joins[0].Token, labId = scene.Lab.Id, participantId = "p", title = "Lab" }, Json);
        await context.AddInitScriptAsync($"localStorage.setItem({JsonSerializer.Serialize("laboratori.lab." + scene.Lab.Id)}, {JsonSerializer.Serialize(saved)});");
        var page = await context.NewPageAsync();
        await page.GotoAsync($"/lab/{scene.Lab.Id}");
        await Expect(page.Locator(".lane").First).ToBeVisibleAsync();
        await Expect(page.Locator(".room-actions")).ToBeHiddenAsync();

        await scene.Facilitator.ApplyOkAsync("meeting.open", new { title = "Secondo incontro" });

        var panel = page.Locator(".room-actions");
        await Expect(panel.GetByRole(AriaRole.Heading, new() { Name = "Azioni aperte" })).ToBeVisibleAsync();
        var overdue = panel.Locator(".open-action[data-card-id=\"a1\"]");
        await Expect(overdue).ToContainTextAsync("Portierato sociale");
        await Expect(overdue.Locator(".open-action-flag")).ToHaveTextAsync("Scaduta");
        await Expect(overdue).ToContainTextAsync("Risponde a: Anziani soli in casa");
        await Expect(panel.Locator(".open-action[data-card-id=\"a2\"]")).ToHaveCountAsync(0);
        await Screens.ShootAsync(page, "azioni-aperte");
        await AssertAccessibleAsync(page);

        await scene.Participants[0].ApplyOkAsync("action.status", new { cardId = "a1", status = "fatto" });

        await Expect(panel.Locator(".open-action")).ToHaveCountAsync(0);
        await Expect(panel).ToContainTextAsync("Nessuna azione aperta.");
    }

    private async Task<IBrowserContext> StaffContextAsync(LabServer server)
    {
        var facilitator = await server.Api.LoginAsync(LabServer.Facilitator, LabServer.Facilitator);
        var context = await _browser.Browser.NewContextAsync(new() { BaseURL = server.BaseUrl.ToString(), ViewportSize = new() { Width = 1366, Height = 900 } });
        await context.AddInitScriptAsync($"localStorage.setItem('laboratori.staff', {JsonSerializer.Serialize(JsonSerializer.Serialize(facilitator, Json))});");
        return context;
    }

    private static async Task AssertAccessibleAsync(IPage page)
    {
        var blocking = (await Axe.ScanAsync(page)).Where(v => v.Impact is "serious" or "critical").Select(v => $"{v.Id} ({v.Impact}) {v.Help}").ToList();
        Assert.True(blocking.Count == 0, string.Join("\n", blocking));
    }
}
