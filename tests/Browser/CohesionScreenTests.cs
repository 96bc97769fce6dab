using System.Text.Json;
using Laboratori.Tests.Web;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Laboratori.Tests.Browser;

/// <summary>
/// "Coesione e azioni" in headless Chromium: a facilitator reads the measures, the network and the open actions of a
/// lab recorded through the hub (at 360, 1366 and 1920 px, with an axe scan); a participant sees the aggregate only.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class CohesionScreenTests
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly BrowserFixture _browser;

    public CohesionScreenTests(BrowserFixture browser)
    {
        _browser = browser;
        SetDefaultExpectTimeout((float)Waits.Timeout.TotalMilliseconds);
    }

    [Fact]
    public async Task FacilitatorSeesMeasuresNetworkAndOpenActionsParticipantTheAggregate()
    {
        await using var server = new LabServer();
        await using var scene = await LabScene.StartAsync(server, participants: 2);
        await scene.Facilitator.ApplyOkAsync("meeting.open", new { title = "Primo incontro" });
        await scene.Participants[0].ApplyOkAsync("card.add", Payloads.AddCard("n1", "Anziani soli in casa"));
        await scene.Participants[1].ApplyOkAsync("card.add", Payloads.AddCard("a1", "Rete di vicinato", "azioni"));
        await scene.Participants[0].ApplyOkAsync("link.add", new { linkId = "l1", from = "n1", to = "a1" });
        await scene.Participants[1].ApplyOkAsync("comment.add", new { commentId = "m1", cardId = "n1", text = "Anche da noi" });
        await scene.Participants[1].ApplyOkAsync("action.deadline", new { cardId = "a1", deadline = "2020-01-31" });
        var facilitator = await server.Api.LoginAsync(LabServer.Facilitator, LabServer.Facilitator);

        await using var context = await _browser.Browser.NewContextAsync(new() { BaseURL = server.BaseUrl.ToString(), ViewportSize = new() { Width = 1366, Height = 900 } });
        await context.AddInitScriptAsync($"localStorage.setItem('laboratori.staff', {JsonSerializer.Serialize(JsonSerializer.Serialize(facilitator, Json))});");
        var page = await context.NewPageAsync();
        await page.GotoAsync($"/lab/{scene.Lab.Id}/coesione");

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Coesione e azioni" })).ToBeVisibleAsync();
        await Expect(page.Locator(".cohesion-figures dd").Nth(1)).ToHaveTextAsync("2 persone, 0 enti");
        await Expect(page.GetByRole(AriaRole.Img, new() { Name = "Persone" })).ToBeVisibleAsync();
        await Expect(page.Locator(".network-svg line")).ToHaveCountAsync(1);
        var action = page.Locator(".open-action[data-card-id=\"a1\"]");
        await Expect(action).ToContainTextAsync("Rete di vicinato");
        await Expect(action.Locator(".open-action-flag")).ToHaveTextAsync("Scaduta");
        await Expect(action).ToContainTextAsync("Risponde a: Anziani soli in casa");
        var violations = await Screens.ScanAndShootAsync(page, "coesione");

        await using var participantContext = await _browser.Browser.NewContextAsync(new() { BaseURL = server.BaseUrl.ToString(), ViewportSize = new() { Width = 360, Height = 800 } });
        var saved = JsonSerializer.Serialize(new { token = scene.Joins[0].Token, labId = scene.Lab.Id, participantId = "p", title = "Lab" }, Json);
        await participantContext.AddInitScriptAsync($"localStorage.setItem({JsonSerializer.Serialize("laboratori.lab." + scene.Lab.Id)}, {JsonSerializer.Serialize(saved)});");
        var participant = await participantContext.NewPageAsync();
        await participant.GotoAsync($"/lab/{scene.Lab.Id}/coesione");

        await Expect(participant.Locator(".cohesion-note")).ToHaveTextAsync("I partecipanti vedono solo le misure complessive del laboratorio.");
        await Expect(participant.Locator(".open-action[data-card-id=\"a1\"]")).ToBeVisibleAsync();
        await Expect(participant.Locator(".network-svg")).ToHaveCountAsync(0);
        await Expect(participant.Locator(".cohesion-enti")).ToHaveCountAsync(0);
        await participant.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.Artifacts, "coesione-partecipante-360.png"), FullPage = true });
        violations.AddRange(await Axe.ScanAsync(participant));
        var blocking = violations.Where(v => v.Impact is "serious" or "critical").Select(v => $"{v.Id} ({v.Impact}) {v.Help}").ToList();
        Assert.True(blocking.Count == 0, string.Join("\n", blocking));
    }
}
