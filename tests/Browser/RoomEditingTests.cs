using Laboratori.Tests.Web;
using Microsoft.Playwright;
using static Laboratori.Tests.Browser.LiveRoom;
using static Microsoft.Playwright.Assertions;

namespace Laboratori.Tests.Browser;

/// <summary>Undo and redo as operations everyone sees, and deleting with a confirmation in the page.</summary>
[Collection(LiveCollection.Name)]
public sealed class RoomEditingTests(BrowserFixture browser, LabServerFixture server)
{
    [Fact]
    public async Task UndoOfAVoteAMoveAndAnAddedCardReachesEveryoneAndRedoBringsThemBack()
    {
        await using var room = await CreateAsync(browser, server.Server, "Annulla e ripeti");
        var (anna, bruno) = await room.AnnaAndBrunoInFreeWorkAsync();
        var undo = anna.GetByRole(AriaRole.Button, new() { Name = "Annulla la tua ultima modifica (Ctrl+Z)" });
        await Expect(undo).ToHaveAttributeAsync("aria-disabled", "true");

        await AddCardAsync(anna, "bisogni", "Trasporto per le visite");
        await Expect(Card(bruno, "Trasporto per le visite")).ToBeVisibleAsync();
        var card = Card(anna, "Trasporto per le visite");
        await card.GetByRole(AriaRole.Button, new() { Name = "Vota la scheda: Trasporto per le visite" }).FocusAsync();
        await anna.Keyboard.PressAsync("Alt+ArrowRight");
        await Expect(Lane(bruno, "risorse").Locator("li.card")).ToHaveCountAsync(1);
        await card.GetByRole(AriaRole.Button, new() { Name = "Vota la scheda: Trasporto per le visite" }).ClickAsync();
        await Expect(Card(bruno, "Trasporto per le visite").Locator(".card-votes")).ToHaveTextAsync("1 voto");

        // Ctrl+Z takes back the vote, the button the move, then the card itself: everyone sees each step.
        await anna.Locator("body").PressAsync("Control+z");
        await Expect(Card(bruno, "Trasporto per le visite").Locator(".card-votes")).ToHaveTextAsync("0 voti");
        await undo.ClickAsync();
        await Expect(Lane(bruno, "bisogni").Locator("li.card")).ToHaveCountAsync(1);
        await Expect(Lane(bruno, "risorse").Locator("li.card")).ToHaveCountAsync(0);
        await undo.ClickAsync();
        await Expect(bruno.Locator("li.card")).ToHaveCountAsync(0);
        await Expect(room.Facilitator.Locator("li.card")).ToHaveCountAsync(0);

        // Redo brings the card back (a new card, as the old id stays deleted) and moves it again.
        var redo = anna.GetByRole(AriaRole.Button, new() { Name = "Ripeti la modifica annullata (Ctrl+Y)" });
        await redo.ClickAsync();
        await Expect(Lane(bruno, "bisogni").Locator("li.card")).ToHaveCountAsync(1);
        await redo.ClickAsync();
        await Expect(Lane(bruno, "risorse").Locator("li.card")).ToHaveCountAsync(1);
        await Expect(Card(bruno, "Trasporto per le visite")).ToContainTextAsync("di Anna Rossi");
    }

    [Fact]
    public async Task DeletingACardAsksInThePageAndCancellingKeepsIt()
    {
        await using var room = await CreateAsync(browser, server.Server, "Eliminare con conferma");
        var (anna, bruno) = await room.AnnaAndBrunoInFreeWorkAsync();
        await AddCardAsync(anna, "bisogni", "Da eliminare");
        var card = Card(anna, "Da eliminare");
        var dialogs = 0;
        anna.Dialog += (_, dialog) =>
        {
            dialogs++;
            _ = dialog.DismissAsync();
        };

        await card.Locator(".menu-toggle").ClickAsync();
        await card.GetByRole(AriaRole.Button, new() { Name = "Elimina", Exact = true }).ClickAsync();
        await Expect(card.Locator(".confirm-text")).ToHaveTextAsync("Eliminare la scheda «Da eliminare»?");
        await Expect(card.Locator(".confirm-delete").GetByRole(AriaRole.Button, new() { Name = "Annulla" })).ToBeFocusedAsync();
        await card.Locator(".confirm-delete").GetByRole(AriaRole.Button, new() { Name = "Annulla" }).ClickAsync();
        await Expect(card.Locator(".confirm-delete")).ToBeHiddenAsync();
        await Expect(Card(bruno, "Da eliminare")).ToBeVisibleAsync();

        await card.GetByRole(AriaRole.Button, new() { Name = "Elimina", Exact = true }).ClickAsync();
        await card.GetByRole(AriaRole.Button, new() { Name = "Sì, elimina" }).ClickAsync();
        await Expect(bruno.Locator("li.card")).ToHaveCountAsync(0);
        await Expect(anna.Locator("li.card")).ToHaveCountAsync(0);
        Assert.Equal(0, dialogs);
    }
}
