using Laboratori.Tests.Web;
using Microsoft.Playwright;
using static Laboratori.Tests.Browser.LiveRoom;
using static Microsoft.Playwright.Assertions;

namespace Laboratori.Tests.Browser;

/// <summary>
/// A click lands where it was pressed: neither the focus leaving another card nor others' changes arriving between
/// the press and the release move the button from under the pointer.
/// </summary>
[Collection(LiveCollection.Name)]
public sealed class BoardStabilityTests(BrowserFixture browser, Web.LabServerFixture server)
{
    [Fact]
    public async Task VotesOnCardsOneBelowTheOtherAreAllCounted()
    {
        await using var room = await CreateAsync(browser, server.Server, "Voti in fila");
        var anna = await room.JoinByLinkAsync("Anna Rossi");
        await room.FreeWorkAsync(anna);
        string[] texts = ["Prima scheda", "Seconda scheda", "Terza scheda"];
        foreach (var text in texts)
        {
            await AddCardAsync(anna, "bisogni", text);
        }

        await Expect(Lane(anna, "bisogni").Locator("li.card:not(.pending)")).ToHaveCountAsync(3);
        foreach (var text in texts)
        {
            await Card(anna, text).GetByRole(AriaRole.Button, new() { Name = $"Vota la scheda: {text}" }).ClickAsync();
        }

        foreach (var text in texts)
        {
            await Expect(Card(room.Facilitator, text).Locator(".card-votes")).ToHaveTextAsync("1 voto");
        }
    }

    [Fact]
    public async Task AClickHeldWhileAnotherPersonChangesTheCardsAboveStillLands()
    {
        await using var room = await CreateAsync(browser, server.Server, "Clic durante i cambiamenti");
        var anna = await room.JoinByLinkAsync("Anna Rossi");
        await room.FreeWorkAsync(anna);
        await AddCardAsync(room.Facilitator, "bisogni", "Sopra");
        await AddCardAsync(room.Facilitator, "bisogni", "In mezzo");
        await AddCardAsync(room.Facilitator, "bisogni", "Sotto");
        await Expect(Lane(anna, "bisogni").Locator("li.card")).ToHaveCountAsync(3);
        var above = await Card(anna, "Sopra").GetAttributeAsync("data-card-id");
        var middle = await Card(anna, "In mezzo").GetAttributeAsync("data-card-id");
        await using var facilitator = new HubPeer(await room.Server.ConnectAsync(await room.Server.StaffTokenAsync(LabServer.Facilitator)), room.LabId);
        await facilitator.JoinAsync();

        // Anna presses "Vota" on the lowest card; meanwhile the two cards above it are linked, and each would grow by
        // a line ("Collegata a: …") and push her button down before she lets go.
        var vote = Card(anna, "Sotto").GetByRole(AriaRole.Button, new() { Name = "Vota la scheda: Sotto" });
        await vote.HoverAsync();
        var box = (await vote.BoundingBoxAsync())!;
        await anna.Mouse.MoveAsync(box.X + (box.Width / 2), box.Y + (box.Height / 2));
        await anna.Mouse.DownAsync();
        await facilitator.ApplyOkAsync("link.add", new { linkId = "l-sopra", from = above, to = middle });

        // The change reached Anna's page during the press: it waits, and the board says it is busy, until she lets go.
        await Expect(anna.Locator("#canvas")).ToHaveAttributeAsync("aria-busy", "true");
        await Expect(Card(anna, "Sopra").Locator(".card-links")).ToBeHiddenAsync();
        await anna.Mouse.UpAsync();

        await Expect(Card(anna, "Sopra").Locator(".card-links")).ToContainTextAsync("In mezzo");
        await Expect(anna.Locator("#canvas")).Not.ToHaveAttributeAsync("aria-busy", "true");
        await Expect(Card(room.Facilitator, "Sotto").Locator(".card-votes")).ToHaveTextAsync("1 voto");
        await Expect(Card(anna, "Sotto").Locator(".card-votes")).ToHaveTextAsync("1 voto (tuoi: 1)");
    }
}
