using Microsoft.Playwright;
using static Laboratori.Tests.Browser.LiveRoom;
using static Microsoft.Playwright.Assertions;

namespace Laboratori.Tests.Browser;

/// <summary>
/// A lab created from the stakeholder → communityholder matrix template: the board lays its cells out as rows ×
/// columns under each row's title, cards go into a cell (from a laptop and from a phone's cell tabs), the replay
/// draws the same matrix; axe-scanned, photographed at 1366 and 360 px.
/// </summary>
[Collection(LiveCollection.Name)]
public sealed class MatrixBoardTests(BrowserFixture browser, Web.LabServerFixture server)
{
    /// <summary>The second row's phase: the stepper numbers phases itself, the matrix's row title carries the row's number.</summary>
    private const string Phase2 = "Consuma le risorse → Contribuisce come risorsa";

    private const string Row2 = "2. " + Phase2;

    [Fact]
    public async Task AMatrixLabShowsRowsByColumnsAndTakesCardsInACell()
    {
        await using var room = await CreateAsync(browser, server.Server, "Da stakeholder a communityholder", template: "stakeholder-communityholder");
        var anna = await room.JoinByLinkAsync("Anna Rossi");
        var phone = await room.JoinByLinkAsync("Bruno Bianchi", 360, 740, touch: true);
        await room.Facilitator.Locator("#phase-select").SelectOptionAsync("riga-2");
        foreach (var page in new[] { room.Facilitator, anna, phone })
        {
            await Expect(page.Locator(".badge.phase")).ToHaveTextAsync($"Fase: {Phase2}");
        }

        await AddCardAsync(anna, "stakeholder-2", "Usa il centro diurno");
        await AddCardAsync(anna, "communityholder-2", "Tiene aperta la sala il sabato");

        await Expect(Lane(room.Facilitator, "stakeholder-2").Locator(".card-text")).ToHaveTextAsync(["Usa il centro diurno"]);
        await Expect(Lane(room.Facilitator, "communityholder-2").Locator(".card-text")).ToHaveTextAsync(["Tiene aperta la sala il sabato"]);
        var board = anna.Locator(".lanes");
        await Expect(board).ToHaveClassAsync(new System.Text.RegularExpressions.Regex(@"\bmatrix\b"));
        await Expect(board.Locator(":scope > section.lane")).ToHaveCountAsync(8);
        await Expect(board.Locator(":scope > .matrix-row-title")).ToHaveCountAsync(4);
        await Expect(board.Locator(":scope > .matrix-row-title").Nth(1)).ToHaveTextAsync(Row2);
        // Rows × columns: a row's two cells side by side, the next row below them, under its title.
        var s1 = await BoxAsync(anna, "stakeholder-1");
        var s2 = await BoxAsync(anna, "stakeholder-2");
        var c2 = await BoxAsync(anna, "communityholder-2");
        var title2 = (await board.Locator(":scope > .matrix-row-title").Nth(1).BoundingBoxAsync())!;
        Assert.Equal(s2.Y, c2.Y, 1.0);
        Assert.True(c2.X >= s2.X + s2.Width, $"communityholder-2 (x {c2.X}) is not right of stakeholder-2 (x {s2.X}, width {s2.Width}).");
        Assert.Equal(s1.X, s2.X, 1.0);
        Assert.True(title2.Y >= s1.Y + s1.Height && s2.Y >= title2.Y + title2.Height, $"Row 2's title (y {title2.Y}) is not between row 1 (y {s1.Y}) and row 2 (y {s2.Y}).");
        await LayoutAssertions.NoSidewaysScrollAsync(anna);
        await ScreenshotAsync(anna, "matrice-1366.png");
        await AssertAccessibleAsync(anna);

        // On a phone: one cell at a time, named short on its tab, its row said above its heading.
        var tab = phone.Locator(".lane-tab[data-lane='communityholder-2']");
        await Expect(phone.Locator(".lane-tab")).ToHaveCountAsync(8);
        await Expect(phone.Locator(".lane-tab[data-lane='stakeholder-2']")).ToHaveTextAsync("Stakeholder 2 (1)");
        await tab.TapAsync();
        await Expect(Lane(phone, "communityholder-2").Locator(".lane-row")).ToHaveTextAsync(Row2);
        var input = phone.Locator("#new-card-communityholder-2");
        await input.TapAsync();
        await phone.Keyboard.TypeAsync("Porta i vicini alle visite");
        await phone.Keyboard.PressAsync("Enter");
        await Expect(tab).ToHaveTextAsync("Communityholder 2 (2)");
        await Expect(Lane(anna, "communityholder-2").Locator(".card-text")).ToHaveTextAsync(["Tiene aperta la sala il sabato", "Porta i vicini alle visite"]);
        await LayoutAssertions.NoSidewaysScrollAsync(phone);
        await ScreenshotAsync(phone, "matrice-360.png");
        await AssertAccessibleAsync(phone);

        // The replay draws the same matrix.
        await room.Facilitator.GotoAsync($"/lab/{room.LabId}/replay");
        var replay = room.Facilitator.Locator(".replay-lanes");
        await Expect(replay).ToHaveClassAsync(new System.Text.RegularExpressions.Regex(@"\bmatrix\b"));
        await Expect(replay.Locator(":scope > .matrix-row-title")).ToHaveCountAsync(4);
        await Expect(replay.Locator("section.lane[data-lane='communityholder-2'] .card-text")).ToHaveCountAsync(2);
        await ScreenshotAsync(room.Facilitator, "matrice-replay-1366.png");
    }

    private static async Task<LocatorBoundingBoxResult> BoxAsync(IPage page, string lane) => (await Lane(page, lane).BoundingBoxAsync())!;

    private static async Task AssertAccessibleAsync(IPage page)
    {
        var blocking = (await Axe.ScanAsync(page)).Where(v => v.Impact is "serious" or "critical").Select(v => $"{v.Id} ({v.Impact}) {v.Help} at {v.Where}").ToList();
        Assert.True(blocking.Count == 0, string.Join("\n", blocking));
    }
}
