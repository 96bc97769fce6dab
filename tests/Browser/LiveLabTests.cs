using Laboratori.Tests.Web;
using Microsoft.Playwright;
using static Laboratori.Tests.Browser.LiveRoom;
using static Microsoft.Playwright.Assertions;

namespace Laboratori.Tests.Browser;

/// <summary>A live lab run in real Chromium against the real server: several people, each on a device of their own.</summary>
[Collection(LiveCollection.Name)]
public sealed class LiveLabTests(BrowserFixture browser, LabServerFixture server)
{
    private static readonly string[] FirstThenSecond = ["Prima scheda", "Seconda scheda"];
    private static readonly string[] SecondThenFirst = ["Seconda scheda", "Prima scheda"];

    [Fact]
    public async Task ParticipantsJoiningByLinkAndByCodeSeeEachOthersCardsLinksAndVotes()
    {
        await using var room = await CreateAsync(browser, server.Server, "Abitare e comunità");
        var anna = await room.JoinByLinkAsync("Anna Rossi");
        var bruno = await room.JoinByTypingAsync("Bruno Bianchi", "Cooperativa Il Ponte", "terzo_settore");
        await room.FreeWorkAsync(anna, bruno);

        await AddCardAsync(anna, "bisogni", "Anziani soli in centro storico");
        var annaCardForBruno = Card(bruno, "Anziani soli in centro storico");
        await Expect(annaCardForBruno).ToBeVisibleAsync();
        await Expect(annaCardForBruno).ToContainTextAsync("di Anna Rossi");
        await Expect(Lane(room.Facilitator, "bisogni").Locator("li.card")).ToHaveCountAsync(1);

        await AddCardAsync(bruno, "risorse", "Volontari del quartiere");
        var brunoCard = Card(bruno, "Volontari del quartiere");
        await Expect(Card(anna, "Volontari del quartiere")).ToBeVisibleAsync();

        // Bruno links his resource to Anna's need with the card's menu.
        await brunoCard.Locator(".menu-toggle").ClickAsync();
        await brunoCard.GetByRole(AriaRole.Button, new() { Name = "Collega…" }).ClickAsync();
        await Expect(bruno.Locator(".banner.choosing")).ToContainTextAsync("Volontari del quartiere");
        await annaCardForBruno.GetByRole(AriaRole.Button, new() { Name = "Collega qui: Anziani soli in centro storico" }).ClickAsync();
        await Expect(Card(anna, "Anziani soli in centro storico").Locator(".card-links")).ToContainTextAsync("Volontari del quartiere");
        await Expect(Card(room.Facilitator, "Volontari del quartiere").Locator(".card-links")).ToContainTextAsync("Anziani soli");

        // Anna votes for Bruno's card: the count reaches Bruno, and her budget goes down.
        await Card(anna, "Volontari del quartiere").GetByRole(AriaRole.Button, new() { Name = "Vota la scheda: Volontari del quartiere" }).ClickAsync();
        await Expect(brunoCard.Locator(".card-votes")).ToHaveTextAsync("1 voto");
        await Expect(anna.Locator(".badge.votes")).ToHaveTextAsync("Voti rimasti: 4 su 5");
        await Expect(room.Facilitator.Locator(".people summary")).ToHaveTextAsync("Persone in linea: 3");
        await ScreenshotAsync(room.Facilitator, "facilitatore-1366.png");
    }

    [Fact]
    public async Task KeyboardMovesACardToTheNextLaneAndUpAndOthersSeeIt()
    {
        await using var room = await CreateAsync(browser, server.Server, "Spostamenti da tastiera");
        var anna = await room.JoinByLinkAsync("Anna Rossi");
        await room.FreeWorkAsync(anna);
        await AddCardAsync(anna, "bisogni", "Prima scheda");
        await AddCardAsync(anna, "risorse", "Seconda scheda");
        await Expect(Lane(room.Facilitator, "risorse").Locator("li.card")).ToHaveCountAsync(1);

        var card = Card(anna, "Prima scheda");
        await card.GetByRole(AriaRole.Button, new() { Name = "Vota la scheda: Prima scheda" }).FocusAsync();
        await anna.Keyboard.PressAsync("Alt+ArrowRight");
        await Expect(Lane(room.Facilitator, "risorse").Locator(".card-text")).ToHaveTextAsync(FirstThenSecond);
        await Expect(card.GetByRole(AriaRole.Button, new() { Name = "Vota la scheda: Prima scheda" })).ToBeFocusedAsync();
        await anna.Keyboard.PressAsync("Alt+ArrowDown");
        await Expect(Lane(room.Facilitator, "risorse").Locator(".card-text")).ToHaveTextAsync(SecondThenFirst);
        await Expect(Lane(anna, "bisogni").Locator("li.card")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task DraggingACardByItsHandleMovesItToAnotherLaneForEveryone()
    {
        await using var room = await CreateAsync(browser, server.Server, "Trascinamento");
        var anna = await room.JoinByLinkAsync("Anna Rossi");
        await room.FreeWorkAsync(anna);
        await AddCardAsync(anna, "bisogni", "Da trascinare");
        await Expect(Card(room.Facilitator, "Da trascinare")).ToBeVisibleAsync();

        var handle = Card(anna, "Da trascinare").Locator(".drag-handle");
        var from = (await handle.BoundingBoxAsync())!;
        var to = (await Lane(anna, "azioni").Locator("h2").BoundingBoxAsync())!;
        await anna.Mouse.MoveAsync(from.X + (from.Width / 2), from.Y + (from.Height / 2));
        await anna.Mouse.DownAsync();
        await anna.Mouse.MoveAsync(to.X + 20, to.Y + 60, new() { Steps = 10 });
        await anna.Mouse.UpAsync();

        await Expect(Lane(room.Facilitator, "azioni").Locator(".card-text")).ToHaveTextAsync("Da trascinare");
        await Expect(Lane(anna, "bisogni").Locator("li.card")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task LockedCanvasRefusesAParticipantsCardWithAVisibleMessageThatGoesWhenUnlocked()
    {
        await using var room = await CreateAsync(browser, server.Server, "Lavagna bloccata");
        var anna = await room.JoinByLinkAsync("Anna Rossi");
        await room.FreeWorkAsync(anna);

        await room.Facilitator.GetByRole(AriaRole.Button, new() { Name = "Blocca la lavagna" }).ClickAsync();
        await Expect(anna.Locator(".badge.lock")).ToContainTextAsync("Lavagna bloccata");
        await AddCardAsync(anna, "bisogni", "Scritta a lavagna bloccata");

        await Expect(anna.GetByRole(AriaRole.Alert)).ToHaveTextAsync("Chi facilita ha bloccato la lavagna: per ora non si può modificare.");
        await Expect(anna.Locator("#new-card-bisogni")).ToHaveValueAsync("Scritta a lavagna bloccata");
        await Expect(Lane(anna, "bisogni").Locator("li.card")).ToHaveCountAsync(0);
        await Expect(Lane(room.Facilitator, "bisogni").Locator("li.card")).ToHaveCountAsync(0);

        // The notice belongs to the lock: unlocking takes it away, and the card then goes in.
        await room.Facilitator.GetByRole(AriaRole.Button, new() { Name = "Blocca la lavagna" }).ClickAsync();
        await Expect(anna.Locator(".badge.lock")).ToContainTextAsync("Lavagna aperta");
        await Expect(anna.Locator(".notice-error")).ToBeHiddenAsync();
        await Lane(anna, "bisogni").GetByRole(AriaRole.Button, new() { Name = "Aggiungi", Exact = true }).ClickAsync();
        await Expect(Lane(room.Facilitator, "bisogni").Locator("li.card")).ToHaveCountAsync(1);
    }

    [Fact]
    public async Task CardAddedOfflineReachesEveryoneExactlyOnceWhenTheConnectionReturns()
    {
        await using var room = await CreateAsync(browser, server.Server, "Connessione ballerina");
        var (anna, bruno) = await room.AnnaAndBrunoInFreeWorkAsync();

        await anna.Context.SetOfflineAsync(true);
        await Expect(anna.Locator(".banner.offline")).ToContainTextAsync("Sei offline");
        await AddCardAsync(anna, "bisogni", "Scritta senza rete");
        await Expect(Card(anna, "Scritta senza rete")).ToContainTextAsync("in invio…");
        await Expect(anna.Locator(".banner.offline")).ToContainTextAsync("Modifiche in attesa di invio: 1");
        var stored = await anna.EvaluateAsync<string>("() => Object.keys(localStorage).filter(k => k.startsWith('laboratori.outbox.')).map(k => localStorage.getItem(k)).join('')");
        Assert.Contains("Scritta senza rete", stored, StringComparison.Ordinal);

        await anna.Context.SetOfflineAsync(false);
        await Expect(Card(bruno, "Scritta senza rete")).ToHaveCountAsync(1);
        await Expect(Card(room.Facilitator, "Scritta senza rete")).ToHaveCountAsync(1);
        await Expect(anna.Locator(".banner.offline")).ToBeHiddenAsync();
        await Expect(Card(anna, "Scritta senza rete")).Not.ToContainTextAsync("in invio…");

        // Reloading shows what the server holds: the card, once.
        await anna.ReloadAsync();
        await Expect(Card(anna, "Scritta senza rete")).ToHaveCountAsync(1);
        await Expect(Lane(bruno, "bisogni").Locator("li.card")).ToHaveCountAsync(1);
    }

    [Fact]
    public async Task TrainerWatchesTheLiveLabWithoutAnyEditingControl()
    {
        await using var room = await CreateAsync(browser, server.Server, "Osservazione");
        var anna = await room.JoinByLinkAsync("Anna Rossi");
        await room.FreeWorkAsync(anna);
        await AddCardAsync(anna, "bisogni", "Vista dal formatore");

        var trainer = await room.NewPageAsync();
        await trainer.GotoAsync("/");
        await trainer.Locator("#staff-user").FillAsync(LabServer.Trainer);
        await trainer.Locator("#staff-password").FillAsync(LabServer.Trainer);
        await trainer.GetByRole(AriaRole.Button, new() { Name = "Accedi", Exact = true }).ClickAsync();
        await Expect(trainer.Locator(".signed-in")).ToContainTextAsync("Marco Formatore");
        await trainer.GotoAsync($"/lab/{room.LabId}");
        await Expect(Card(trainer, "Vista dal formatore")).ToBeVisibleAsync();
        await Expect(trainer.Locator(".banner.read-only")).ToBeVisibleAsync();
        await Expect(trainer.Locator("form.add-card")).ToHaveCountAsync(3);
        foreach (var form in await trainer.Locator("form.add-card").AllAsync())
        {
            await Expect(form).ToBeHiddenAsync();
        }

        await Expect(trainer.Locator(".toolbar")).ToHaveCountAsync(0);
        await Expect(Card(trainer, "Vista dal formatore").GetByRole(AriaRole.Button)).ToHaveCountAsync(1);
        await Expect(Card(trainer, "Vista dal formatore").GetByRole(AriaRole.Button)).ToHaveTextAsync("Commenti (0)");
        await AddCardAsync(anna, "bisogni", "Arriva mentre guarda");
        await Expect(Card(trainer, "Arriva mentre guarda")).ToBeVisibleAsync();
    }
}
