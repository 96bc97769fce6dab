using System.Net;

namespace Laboratori.Tests.Accounts;

/// <summary>A lab after creation: title, theme and mandate edited, moved to another edizione, closed and reopened.</summary>
public sealed class LabEditTests(AccountServerFixture fixture) : IClassFixture<AccountServerFixture>
{
    [Fact]
    public async Task TheLabsFacilitatorEditsItMovesItAndClosesAndReopensIt()
    {
        var server = fixture.Server;
        var s = await Structure.CreateAsync(server, "modifica");
        var coordinator = await server.TokenAsync(s.Coordinator, AccountServer.GoodPassword);
        var facilitator = await server.TokenAsync(s.Facilitator, AccountServer.GoodPassword);

        var edited = await Structure.Expect(server, HttpStatusCode.OK, HttpMethod.Put, $"/api/labs/{s.Lab}", facilitator,
            new { title = "  Abitare insieme a Firenze ", theme = "Abitare", mandate = "Proposte per il tavolo tecnico entro giugno" });
        Assert.Equal(("Abitare insieme a Firenze", "Abitare", "Proposte per il tavolo tecnico entro giugno"),
            (edited.GetProperty("title").GetString(), edited.GetProperty("theme").GetString(), edited.GetProperty("mandate").GetString()));
        var read = await Structure.Expect(server, HttpStatusCode.OK, HttpMethod.Get, $"/api/labs/{s.Lab}", facilitator);
        Assert.Equal("Abitare insieme a Firenze", read.GetProperty("title").GetString());
        var listed = await Structure.Expect(server, HttpStatusCode.OK, HttpMethod.Get, "/api/labs", facilitator);
        Assert.Contains("Abitare insieme a Firenze", listed.EnumerateArray().Select(l => l.GetProperty("title").GetString()));

        await Structure.Expect(server, HttpStatusCode.NoContent, HttpMethod.Put, $"/api/labs/{s.Lab}/placement", coordinator, new { edizioneId = s.OtherEdizione });
        var programme = await Structure.Expect(server, HttpStatusCode.OK, HttpMethod.Get, $"/api/programmes/{s.Programme}", coordinator);
        var lab = programme.GetProperty("labs").EnumerateArray().Single(l => l.GetProperty("id").GetString() == s.Lab);
        Assert.Equal((s.OtherEdizione, "Abitare insieme a Firenze"), (lab.GetProperty("edizioneId").GetString(), lab.GetProperty("title").GetString()));

        Assert.True((await Structure.Expect(server, HttpStatusCode.OK, HttpMethod.Post, $"/api/labs/{s.Lab}/close", coordinator, new { closed = true })).GetProperty("closed").GetBoolean());
        Assert.False((await Structure.Expect(server, HttpStatusCode.OK, HttpMethod.Post, $"/api/labs/{s.Lab}/close", coordinator, new { closed = false })).GetProperty("closed").GetBoolean());
    }
}
