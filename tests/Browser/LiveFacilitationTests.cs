using Laboratori.Tests.Web;
using Microsoft.Playwright;
using static Laboratori.Tests.Browser.LiveRoom;
using static Microsoft.Playwright.Assertions;

namespace Laboratori.Tests.Browser;

/// <summary>The facilitator running the room from the browser: anonymity, tables, merging, reactions and comments, removal.</summary>
[Collection(LiveCollection.Name)]
public sealed class LiveFacilitationTests(BrowserFixture browser, LabServerFixture server)
{
    [Fact]
    public async Task ReactionsAndCommentsReachTheOtherParticipants()
    {
        await using var room = await CreateAsync(browser, server.Server, "Reazioni e commenti");
        var (anna, bruno) = await room.AnnaAndBrunoInFreeWorkAsync();
        await AddCardAsync(bruno, "risorse", "Biblioteca di quartiere");

        var forAnna = Card(anna, "Biblioteca di quartiere");

        // Reactions nobody gave yet take no room on the card (compact cards): they are given from its panel, "Altro".
        await Expect(forAnna.Locator(".reactions")).ToBeHiddenAsync();
        await forAnna.GetByRole(AriaRole.Button, new() { Name = "Altro sulla scheda: Biblioteca di quartiere" }).ClickAsync();
        await forAnna.Locator(".reaction-picker").GetByRole(AriaRole.Button, new() { Name = "Idea", Exact = true }).ClickAsync();
        await Expect(forAnna.GetByRole(AriaRole.Button, new() { Name = "Idea: 1" })).ToHaveAttributeAsync("aria-pressed", "true");
        await Expect(Card(bruno, "Biblioteca di quartiere").GetByRole(AriaRole.Button, new() { Name = "Idea: 1" })).ToHaveAttributeAsync("aria-pressed", "false");

        await forAnna.Locator(".comments-toggle").ClickAsync();
        await forAnna.GetByLabel("Nuovo commento").FillAsync("Aperta anche il sabato?");
        await forAnna.GetByRole(AriaRole.Button, new() { Name = "Commenta" }).ClickAsync();
        var forBruno = Card(bruno, "Biblioteca di quartiere");
        await Expect(forBruno.Locator(".comments-toggle")).ToHaveTextAsync("Commenti (1)");
        await forBruno.Locator(".comments-toggle").ClickAsync();
        await Expect(forBruno.Locator(".comment-list")).ToContainTextAsync("Anna Rossi: Aperta anche il sabato?");
    }

    [Fact]
    public async Task AnonymousModeHidesAuthorsFromParticipantsButNotFromStaff()
    {
        await using var room = await CreateAsync(browser, server.Server, "Anonimato");
        var (anna, bruno) = await room.AnnaAndBrunoInFreeWorkAsync();

        await room.Facilitator.GetByRole(AriaRole.Button, new() { Name = "Anonimato" }).ClickAsync();
        await Expect(anna.Locator(".badge.mode-anonymous")).ToBeVisibleAsync();
        await AddCardAsync(anna, "bisogni", "Detta senza nome");
        await Expect(Card(bruno, "Detta senza nome").Locator(".card-meta")).ToHaveTextAsync("di persona anonima");
        await Expect(Card(room.Facilitator, "Detta senza nome").Locator(".card-meta")).ToHaveTextAsync("di Anna Rossi");
        await Expect(Card(anna, "Detta senza nome").Locator(".card-meta")).ToHaveTextAsync("di Anna Rossi");
    }

    [Fact]
    public async Task TablesWorkApartWhileSplitAndTogetherAfterTheyReconvene()
    {
        await using var room = await CreateAsync(browser, server.Server, "Tavoli");
        var (anna, bruno) = await room.AnnaAndBrunoInFreeWorkAsync();

        await room.Facilitator.GetByRole(AriaRole.Button, new() { Name = "Altri strumenti" }).ClickAsync();
        await room.Facilitator.Locator("#table-count").FillAsync("2");
        await room.Facilitator.GetByRole(AriaRole.Button, new() { Name = "Dividi in tavoli" }).ClickAsync();
        await Expect(anna.Locator("#table-filter")).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("^g-"));
        await AddCardAsync(anna, "bisogni", "Dal tavolo di Anna");
        await Expect(Card(anna, "Dal tavolo di Anna").Locator(".card-meta")).ToContainTextAsync("Tavolo: Tavolo 1");
        await Expect(Card(room.Facilitator, "Dal tavolo di Anna")).ToBeVisibleAsync();
        await Expect(Card(bruno, "Dal tavolo di Anna")).ToHaveCountAsync(0);

        await bruno.Locator("#table-filter").SelectOptionAsync(new SelectOptionValue { Label = "Tutti i tavoli" });
        var seenByBruno = Card(bruno, "Dal tavolo di Anna");
        await Expect(seenByBruno).ToBeVisibleAsync();
        await Expect(seenByBruno.GetByRole(AriaRole.Button, new() { Name = "Vota la scheda: Dal tavolo di Anna" })).ToHaveAttributeAsync("aria-disabled", "true");

        await room.Facilitator.GetByRole(AriaRole.Button, new() { Name = "Riunisci in plenaria" }).ClickAsync();
        await Expect(seenByBruno.GetByRole(AriaRole.Button, new() { Name = "Vota la scheda: Dal tavolo di Anna" })).ToHaveAttributeAsync("aria-disabled", "false");
        await Expect(seenByBruno.Locator(".card-meta")).ToContainTextAsync("Tavolo: Tavolo 1");
    }

    [Fact]
    public async Task FacilitatorMergesTwoCardsIntoOneForEveryone()
    {
        await using var room = await CreateAsync(browser, server.Server, "Unione");
        var anna = await room.JoinByLinkAsync("Anna Rossi");
        await room.FreeWorkAsync(anna);
        await AddCardAsync(anna, "bisogni", "Anziani soli");
        await AddCardAsync(anna, "bisogni", "Anziani isolati");
        await Expect(Lane(room.Facilitator, "bisogni").Locator("li.card")).ToHaveCountAsync(2);

        var merged = Card(room.Facilitator, "Anziani isolati");
        await merged.Locator(".menu-toggle").ClickAsync();
        await merged.GetByRole(AriaRole.Button, new() { Name = "Unisci a…" }).ClickAsync();
        await Card(room.Facilitator, "Anziani soli").GetByRole(AriaRole.Button, new() { Name = "Unisci qui: Anziani soli" }).ClickAsync();

        await Expect(Lane(anna, "bisogni").Locator("li.card")).ToHaveCountAsync(1);
        await Expect(Lane(anna, "bisogni").Locator(".card-text")).ToHaveTextAsync("Anziani soli\n\nAnziani isolati");
    }

    [Fact]
    public async Task RemovedParticipantIsSentBackToTheLandingPageWithAClearMessage()
    {
        await using var room = await CreateAsync(browser, server.Server, "Rimozione");
        var anna = await room.JoinByLinkAsync("Anna Rossi");
        await Expect(room.Facilitator.Locator(".people summary")).ToHaveTextAsync("Persone in linea: 2");

        var dialogs = 0;
        room.Facilitator.Dialog += (_, dialog) =>
        {
            dialogs++;
            _ = dialog.DismissAsync();
        };
        await room.Facilitator.Locator(".people summary").ClickAsync();
        var remove = room.Facilitator.GetByRole(AriaRole.Button, new() { Name = "Rimuovi Anna Rossi dal laboratorio" });
        await remove.ClickAsync();

        // The page asks, with the focus on "Annulla"; cancelling keeps Anna in and gives the focus back.
        var ask = room.Facilitator.Locator(".confirm-remove");
        await Expect(ask.Locator(".confirm-text")).ToHaveTextAsync("Far uscire Anna Rossi dal laboratorio?");
        await Expect(ask.GetByRole(AriaRole.Button, new() { Name = "Annulla" })).ToBeFocusedAsync();
        await ask.GetByRole(AriaRole.Button, new() { Name = "Annulla" }).ClickAsync();
        await Expect(ask).ToHaveCountAsync(0);
        await Expect(remove).ToBeFocusedAsync();
        await remove.ClickAsync();
        await room.Facilitator.Locator(".confirm-remove").GetByRole(AriaRole.Button, new() { Name = "Sì, fai uscire" }).ClickAsync();

        await Expect(anna).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/$"));
        await Expect(anna.GetByRole(AriaRole.Alert)).ToHaveTextAsync("Chi facilita ti ha fatto uscire da questo laboratorio.");
        await Expect(anna.Locator("#join-code")).ToBeVisibleAsync();
        await Expect(room.Facilitator.Locator(".people summary")).ToHaveTextAsync("Persone in linea: 1");

        // The token is gone from this device: going back to the lab does not get in.
        await anna.GotoAsync($"/lab/{room.LabId}");
        await Expect(anna).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/$"));
        Assert.Equal(0, dialogs);
    }
}
