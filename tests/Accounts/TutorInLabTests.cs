using Laboratori.Tests.Web;

namespace Laboratori.Tests.Accounts;

/// <summary>
/// A tutor assigned to an edizione, through the hub: they join its lab as <c>tutor</c>, annotate while the canvas is
/// locked, and are refused phases, the lock and votes.
/// </summary>
public sealed class TutorInLabTests(AccountServerFixture fixture) : IClassFixture<AccountServerFixture>
{
    [Fact]
    public async Task ATutorAnnotatesInTheLabsOfTheirEdizioneAndCannotRunThem()
    {
        var server = fixture.Server;
        var s = await Structure.CreateAsync(server, "tutor");
        await using var coordinator = new HubPeer(await server.Server.ConnectAsync(await server.TokenAsync(s.Coordinator, AccountServer.GoodPassword)), s.Lab);
        await using var tutor = new HubPeer(await server.Server.ConnectAsync(await server.TokenAsync(s.Tutor, AccountServer.GoodPassword)), s.Lab);
        await coordinator.JoinAsync();
        await coordinator.ApplyOkAsync("lab.lock", new { locked = true });

        var joined = await tutor.JoinAsync();
        Assert.Equal("tutor", joined.GetProperty("you").GetProperty("role").GetString());
        await tutor.ApplyOkAsync("card.add", new { cardId = "oss1", lane = "bisogni", text = "Osservazione della tutor", colour = (string?)null, x = 0.0, y = 0.0 });
        await tutor.ApplyOkAsync("comment.add", new { commentId = "cm1", cardId = "oss1", text = "Emerso al tavolo 2" });
        var refused = new[]
        {
            await tutor.ApplyAsync("lab.phase", new { phase = "voto" }),
            await tutor.ApplyAsync("lab.lock", new { locked = false }),
            await tutor.ApplyAsync("vote.cast", new { cardId = "oss1" }),
        };
        Assert.Equal(["forbidden", "forbidden", "forbidden"], refused.Select(r => r.GetProperty("error").GetProperty("code").GetString()));

        var canvas = await server.CallAsync(HttpMethod.Get, $"/api/labs/{s.Lab}/canvas", await server.TokenAsync(s.Coordinator, AccountServer.GoodPassword));
        var cards = canvas.Body.GetProperty("state").GetProperty("cards");
        Assert.Equal(["oss1"], cards.EnumerateObject().Select(c => c.Name));
        Assert.True(canvas.Body.GetProperty("state").GetProperty("locked").GetBoolean());
    }
}
