using Laboratori.Tests.Web;
using static Laboratori.Tests.Browser.LiveRoom;
using static Microsoft.Playwright.Assertions;

namespace Laboratori.Tests.Browser;

/// <summary>Nobody can scroll a projector: however many cards, the projector view fits the screen.</summary>
[Collection(LiveCollection.Name)]
public sealed class ProjectorFitTests(BrowserFixture browser, LabServerFixture server)
{
    private static readonly string[] Lanes = ["bisogni", "risorse", "azioni"];

    [Fact]
    public async Task SixtyCardsFitFullHdWithoutScrollingAndTheJoinCodeStaysOnOneLine()
    {
        await using var room = await CreateAsync(browser, server.Server, "Sessanta schede");
        await using (var facilitator = new HubPeer(await room.Server.ConnectAsync(await room.Server.StaffTokenAsync(LabServer.Facilitator)), room.LabId))
        {
            await facilitator.JoinAsync();
            for (var i = 0; i < 60; i++)
            {
                await facilitator.ApplyOkAsync("card.add", Payloads.AddCard($"c{i}", $"Scheda {i + 1}: un bisogno, una risorsa o un’azione detta in una frase", Lanes[i % 3]));
            }
        }

        var projector = await room.Facilitator.Context.NewPageAsync();
        await projector.SetViewportSizeAsync(1920, 1080);
        await projector.GotoAsync($"/lab/{room.LabId}/proiezione");
        await Expect(projector.Locator("dd[data-count='cards']")).ToHaveTextAsync("60");
        await Expect(projector.Locator(".projector-lane h2").First).ToHaveTextAsync("Bisogni (20)");

        var page = await projector.EvaluateAsync<int[]>("() => [document.documentElement.scrollHeight, window.innerHeight, document.documentElement.scrollWidth, window.innerWidth]");
        Assert.True(page[0] <= page[1] && page[2] <= page[3], $"The projector page is {page[2]}×{page[0]} in a {page[3]}×{page[1]} window.");

        // Every card is drawn whole inside the window (60 fit without collapsing into theme counts).
        var outside = await projector.EvaluateAsync<int>("""
            () => [...document.querySelectorAll('.projector-card')].filter(c => {
              const r = c.getBoundingClientRect();
              return r.top < 0 || r.left < 0 || r.bottom > window.innerHeight || r.right > window.innerWidth;
            }).length
            """);
        Assert.Equal((60, 0), (await projector.Locator(".projector-card").CountAsync(), outside));
        var code = projector.Locator(".projector-code");
        var lineHeight = await code.EvaluateAsync<double>("e => parseFloat(getComputedStyle(e).lineHeight)");
        Assert.True((await code.BoundingBoxAsync())!.Height < lineHeight * 1.5, "The join code breaks over two lines.");
        await ScreenshotAsync(projector, "proiezione-60-schede-1920.png");
    }

    [Fact]
    public async Task TooManyCardsForTheScreenCollapseIntoCountsByThemeThatStillFit()
    {
        await using var room = await CreateAsync(browser, server.Server, "Troppe schede per lo schermo");
        await using (var facilitator = new HubPeer(await room.Server.ConnectAsync(await room.Server.StaffTokenAsync(LabServer.Facilitator)), room.LabId))
        {
            await facilitator.JoinAsync();
            await facilitator.ApplyOkAsync("theme.add", new { themeId = "t-casa", title = "Casa" });
            await facilitator.ApplyOkAsync("theme.add", new { themeId = "t-lavoro", title = "Lavoro" });
            for (var i = 0; i < 180; i++)
            {
                await facilitator.ApplyOkAsync("card.add", Payloads.AddCard($"c{i}", $"Scheda {i + 1}: un bisogno, una risorsa o un’azione detta in una frase", Lanes[i % 3]));
                if (i % 3 == 0)
                {
                    await facilitator.ApplyOkAsync("card.theme", new { cardId = $"c{i}", themeId = i % 2 == 0 ? "t-casa" : "t-lavoro" });
                }
            }
        }

        var projector = await room.Facilitator.Context.NewPageAsync();
        await projector.SetViewportSizeAsync(1920, 1080);
        await projector.GotoAsync($"/lab/{room.LabId}/proiezione");
        await Expect(projector.Locator("dd[data-count='cards']")).ToHaveTextAsync("180");

        // 60 cards a lane do not fit even at the smallest readable size: each lane shows its themes with their counts.
        await Expect(projector.Locator(".projector-lanes.collapsed")).ToHaveCountAsync(1);
        await Expect(projector.Locator(".projector-card")).ToHaveCountAsync(0);
        await Expect(projector.Locator(".projector-lane").Nth(0).Locator(".projector-cluster")).ToHaveTextAsync(["Casa 30 schede", "Lavoro 30 schede"]);
        await Expect(projector.Locator(".projector-lane").Nth(1).Locator(".projector-cluster")).ToHaveTextAsync(["Nessun tema 60 schede"]);
        await Expect(projector.Locator(".projector-lane h2")).ToHaveTextAsync(["Bisogni (60)", "Risorse (60)", "Azioni (60)"]);
        var page = await projector.EvaluateAsync<int[]>("() => [document.documentElement.scrollHeight, window.innerHeight, document.documentElement.scrollWidth, window.innerWidth]");
        Assert.True(page[0] <= page[1] && page[2] <= page[3], $"The projector page is {page[2]}×{page[0]} in a {page[3]}×{page[1]} window.");
        await ScreenshotAsync(projector, "proiezione-180-schede-1920.png");
    }
}
