using Microsoft.Playwright;
using static Laboratori.Tests.Browser.LiveRoom;
using static Microsoft.Playwright.Assertions;

namespace Laboratori.Tests.Browser;

/// <summary>The projector link from the share dialog opens the projector on a device nobody signed in on, until revoked.</summary>
[Collection(LiveCollection.Name)]
public sealed class ProjectorLinkBrowserTests(BrowserFixture browser, Web.LabServerFixture server)
{
    [Fact]
    public async Task AProjectorLinkOpensTheProjectorWithoutSignInAndStopsWhenRevoked()
    {
        await using var room = await CreateAsync(browser, server.Server, "Proiettore senza accesso");
        var anna = await room.JoinByLinkAsync("Anna Rossi");
        await room.FreeWorkAsync(anna);
        await AddCardAsync(anna, "bisogni", "Prima scheda in sala");

        var page = room.Facilitator;
        await page.GetByRole(AriaRole.Button, new() { Name = "Invita", Exact = true }).ClickAsync();
        var dialog = page.Locator("dialog.share-dialog");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Crea il link per il proiettore" }).ClickAsync();
        var url = dialog.Locator(".projector-url");
        await Expect(url).ToBeVisibleAsync();
        var href = (await url.GetAttributeAsync("href"))!;
        Assert.Contains($"/lab/{room.LabId}/proiezione#proiettore=", href, StringComparison.Ordinal);
        await Expect(dialog.GetByRole(AriaRole.Button, new() { Name = "Copia il link" }).Last).ToBeFocusedAsync();

        // A new device, nobody signed in: the link alone opens the projector, live.
        var projector = await room.NewPageAsync(1920, 1080);
        await projector.GotoAsync(href);
        await Expect(projector.Locator(".projector-title")).ToHaveTextAsync("Proiettore senza accesso");
        await Expect(projector.Locator(".projector-code")).ToHaveTextAsync(room.JoinCode);
        await Expect(projector.Locator(".projector-lane", new() { HasText = "Prima scheda in sala" })).ToBeVisibleAsync();
        await AddCardAsync(anna, "risorse", "Arriva sul proiettore");
        await Expect(projector.Locator(".projector-lane", new() { HasText = "Arriva sul proiettore" })).ToBeVisibleAsync();
        Assert.Null(await projector.EvaluateAsync<string?>("() => localStorage.getItem('laboratori.staff')"));

        // Revoked: the open projector says so and shows no canvas; opening the link again does the same.
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Revoca il link" }).ClickAsync();
        await Expect(dialog.Locator(".projector-link-panel [role=status]")).ToHaveTextAsync("Link per il proiettore revocato.");
        await Expect(projector.Locator(".projector[data-ended='true']")).ToBeVisibleAsync();
        await Expect(projector.GetByRole(AriaRole.Alert)).ToContainTextAsync("Il link del proiettore non è più valido");
        await Expect(projector.Locator(".projector-card")).ToHaveCountAsync(0);
        await projector.ReloadAsync();
        await Expect(projector.GetByRole(AriaRole.Alert)).ToContainTextAsync("Il link del proiettore non è più valido");
        await Expect(projector.Locator(".projector-card")).ToHaveCountAsync(0);
    }
}
