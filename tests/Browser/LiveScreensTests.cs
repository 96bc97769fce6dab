using System.Text.Json;
using Laboratori.Tests.Web;
using Microsoft.Playwright;
using static Laboratori.Tests.Browser.LiveRoom;
using static Microsoft.Playwright.Assertions;

namespace Laboratori.Tests.Browser;

/// <summary>The screens at the sizes people use them (a phone, a projector), private mode, and an accessibility scan.</summary>
[Collection(LiveCollection.Name)]
public sealed class LiveScreensTests(BrowserFixture browser, LabServerFixture server)
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    [Fact]
    public async Task PhoneWidthShowsTheLanesWithoutSidewaysScrolling()
    {
        await using var room = await CreateAsync(browser, server.Server, "Dal telefono");
        var phone = await room.JoinByLinkAsync("Anna Rossi", 360, 740);
        await room.FreeWorkAsync(phone);
        await AddCardAsync(phone, "bisogni", "Una scheda scritta dal telefono con un testo abbastanza lungo da andare a capo");
        await Expect(Card(room.Facilitator, "Una scheda scritta dal telefono")).ToBeVisibleAsync();

        await Expect(phone.Locator(".lab-title")).ToBeVisibleAsync();
        await Expect(phone.Locator(".badge.votes")).ToBeVisibleAsync();
        foreach (var lane in new[] { "bisogni", "risorse", "azioni" })
        {
            await phone.Locator($".lane-tab[data-lane='{lane}']").ClickAsync();
            await Expect(Lane(phone, lane).Locator("h2")).ToBeVisibleAsync();
            await Expect(phone.Locator($"#new-card-{lane}")).ToBeVisibleAsync();
        }

        await LayoutAssertions.NoSidewaysScrollAsync(phone);
        await ScreenshotAsync(phone, "partecipante-360.png");
    }

    [Fact]
    public async Task ProjectorShowsCodeQrCountsTimerAndFollowsTheCanvas()
    {
        await using var room = await CreateAsync(browser, server.Server, "In proiezione");
        var anna = await room.JoinByLinkAsync("Anna Rossi");
        await room.FreeWorkAsync(anna);
        await AddCardAsync(anna, "bisogni", "Prima della proiezione");

        var projector = await room.Facilitator.Context.NewPageAsync();
        await projector.SetViewportSizeAsync(1920, 1080);
        await projector.GotoAsync($"/lab/{room.LabId}/proiezione");
        await Expect(projector.Locator(".projector-title")).ToHaveTextAsync("In proiezione");
        await Expect(projector.Locator(".projector-code")).ToHaveTextAsync(room.JoinCode);
        await Expect(projector.GetByRole(AriaRole.Img, new() { Name = "Codice QR con il link per entrare" })).ToBeVisibleAsync();
        await Expect(projector.Locator(".projector-lane", new() { HasText = "Prima della proiezione" })).ToBeVisibleAsync();
        await Expect(projector.Locator("dd[data-count='people']")).ToHaveTextAsync("1");
        await Expect(projector.Locator("dd[data-count='cards']")).ToHaveTextAsync("1");
        await Expect(projector.Locator("form, input, textarea")).ToHaveCountAsync(0);

        await AddCardAsync(anna, "risorse", "Arriva in diretta");
        await Expect(projector.Locator(".projector-lane", new() { HasText = "Arriva in diretta" })).ToBeVisibleAsync();
        await Expect(projector.Locator("dd[data-count='cards']")).ToHaveTextAsync("2");

        await room.Facilitator.Locator("#timer-minutes").FillAsync("5");
        await room.Facilitator.GetByRole(AriaRole.Button, new() { Name = "Avvia il timer" }).ClickAsync();
        await Expect(projector.Locator(".projector-timer")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^Tempo: [45]:\d\d$"));
        await Expect(anna.Locator(".badge.timer")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"Tempo: [45]:\d\d$"));
        await LayoutAssertions.NoSidewaysScrollAsync(projector);
        await ScreenshotAsync(projector, "proiezione-1920.png");
    }

    [Fact]
    public async Task PrivateModeShowsFaceDownCardsToOtherParticipantsUntilRevealed()
    {
        await using var room = await CreateAsync(browser, server.Server, "Carte coperte");
        var (anna, bruno) = await room.AnnaAndBrunoInFreeWorkAsync();

        await room.Facilitator.GetByRole(AriaRole.Button, new() { Name = "Schede coperte" }).ClickAsync();
        await Expect(bruno.Locator(".badge.mode-private")).ToBeVisibleAsync();
        await AddCardAsync(anna, "bisogni", "Idea segreta di Anna");
        await Expect(Card(anna, "Idea segreta di Anna")).ToContainTextAsync("la vedono solo lo staff");
        await Expect(Card(room.Facilitator, "Idea segreta di Anna")).ToBeVisibleAsync();
        var faceDown = Lane(bruno, "bisogni").Locator("li.card.face-down");
        await Expect(faceDown).ToContainTextAsync("Scheda coperta");
        await Expect(faceDown).ToContainTextAsync("di Anna Rossi");
        await Expect(Lane(bruno, "bisogni")).Not.ToContainTextAsync("Idea segreta");
        await ScreenshotAsync(bruno, "carta-coperta.png");

        await room.Facilitator.GetByRole(AriaRole.Button, new() { Name = "Scopri le schede coperte" }).ClickAsync();
        await Expect(Card(bruno, "Idea segreta di Anna")).ToBeVisibleAsync();
        await Expect(Lane(bruno, "bisogni").Locator("li.card.face-down")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task LandingLabAndProjectorHaveNoSeriousOrCriticalAccessibilityViolations()
    {
        await using var room = await CreateAsync(browser, server.Server, "Accessibilità");
        var landing = await room.NewPageAsync();
        await landing.GotoAsync($"/?code={room.JoinCode}");
        await Expect(landing.Locator("#join-name")).ToBeVisibleAsync();
        await ScreenshotAsync(landing, "landing.png");
        var anna = await room.JoinByLinkAsync("Anna Rossi");
        await room.FreeWorkAsync(anna);
        await AddCardAsync(anna, "bisogni", "Scheda per la verifica");
        await Expect(Card(room.Facilitator, "Scheda per la verifica")).ToBeVisibleAsync();
        var projector = await room.Facilitator.Context.NewPageAsync();
        await projector.GotoAsync($"/lab/{room.LabId}/proiezione");
        await Expect(projector.Locator(".projector-lane", new() { HasText = "Scheda per la verifica" })).ToBeVisibleAsync();

        var report = new Dictionary<string, List<AxeViolation>>
        {
            ["landing"] = await Axe.ScanAsync(landing),
            ["lab-participant"] = await Axe.ScanAsync(anna),
            ["lab-facilitator"] = await Axe.ScanAsync(room.Facilitator),
            ["projector"] = await Axe.ScanAsync(projector),
        };
        await File.WriteAllTextAsync(Path.Combine(BrowserFixture.Artifacts, "axe.json"), JsonSerializer.Serialize(report, Indented));
        var blocking = report.SelectMany(r => r.Value.Where(v => v.Impact is "serious" or "critical").Select(v => $"{r.Key}: {v.Id} ({v.Impact}) {v.Help}")).ToList();
        Assert.True(blocking.Count == 0, string.Join("\n", blocking));
    }
}
