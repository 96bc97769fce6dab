using System.Collections.Concurrent;
using Laboratori.Tests.Web;
using Microsoft.Playwright;
using static Laboratori.Tests.Browser.LiveRoom;
using static Microsoft.Playwright.Assertions;

namespace Laboratori.Tests.Browser;

/// <summary>The browser speaks MessagePack to the hub (docs/protocol.md, "MessagePack"), and the lab works over it.</summary>
[Collection(LiveCollection.Name)]
public sealed class HubProtocolBrowserTests(BrowserFixture browser, LabServerFixture server)
{
    [Fact]
    public async Task TheBrowserNegotiatesMessagePackAndItsCardsAndPointerReachTheOthers()
    {
        await using var room = await CreateAsync(browser, server.Server, "Laboratorio in MessagePack");
        var anna = await room.NewPageAsync();
        var handshakes = new ConcurrentQueue<string>();
        var binaryFrames = 0;
        anna.WebSocket += (_, socket) =>
        {
            socket.FrameSent += (_, frame) =>
            {
                // A JSON record (the handshake) ends with 0x1E; a MessagePack message is its length, then an array (0x9N).
                var bytes = frame.Binary is { Length: > 0 } b ? b : System.Text.Encoding.UTF8.GetBytes(frame.Text ?? string.Empty);
                if (bytes.Length > 0 && bytes[^1] == 0x1E)
                {
                    handshakes.Enqueue(System.Text.Encoding.UTF8.GetString(bytes));
                }
                else if (bytes.Length > 1 && (bytes[1] & 0xF0) == 0x90)
                {
                    Interlocked.Increment(ref binaryFrames);
                }
            };
        };

        await anna.GotoAsync($"/?code={Uri.EscapeDataString(room.JoinCode)}");
        await anna.Locator("#join-name").FillAsync("Anna Rossi");
        await anna.GetByRole(AriaRole.Button, new() { Name = "Entra", Exact = true }).ClickAsync();
        await Expect(anna.Locator(".badge.votes")).ToBeVisibleAsync();
        await room.FreeWorkAsync(anna);

        Assert.Contains(handshakes, h => h.Contains("\"protocol\":\"messagepack\"", StringComparison.Ordinal));
        Assert.DoesNotContain(handshakes, h => h.Contains("\"target\"", StringComparison.Ordinal));
        Assert.True(Volatile.Read(ref binaryFrames) > 0, "Join went out as a MessagePack message");

        await AddCardAsync(anna, "bisogni", "Anziani soli, in MessagePack");
        await Expect(Card(room.Facilitator, "Anziani soli, in MessagePack")).ToContainTextAsync("di Anna Rossi");

        // Anna's pointer over the canvas shows on the facilitator's screen with her name.
        var canvas = anna.Locator("section.lane[data-lane='risorse']");
        var box = (await canvas.BoundingBoxAsync())!;
        await anna.Mouse.MoveAsync(box.X + 40, box.Y + 80);
        await anna.Mouse.MoveAsync(box.X + 60, box.Y + 90);
        await Expect(room.Facilitator.Locator(".cursor .cursor-name")).ToHaveTextAsync("Anna Rossi");
    }
}
