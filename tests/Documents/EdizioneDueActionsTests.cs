using System.Net;
using Laboratori.Tests.Accounts;

namespace Laboratori.Tests.Documents;

/// <summary>
/// "Azioni aperte" of an edizione (<c>GET /api/edizioni/{id}/actions?open=true</c>): the actions of all its labs that
/// are overdue or due soon and not done, overdue first; each role reads the labs it opens.
/// </summary>
public sealed class EdizioneDueActionsTests(AccountServerFixture fixture) : IClassFixture<AccountServerFixture>
{
    [Fact]
    public async Task TheEdizioneListsTheOverdueAndDueActionsOfAllItsLabsOverdueFirst()
    {
        var server = fixture.Server;
        var s = await Structure.CreateAsync(server, "scadenze");
        var coordinator = await server.TokenAsync(s.Coordinator, AccountServer.GoodPassword);
        var second = (await Structure.Expect(server, HttpStatusCode.Created, HttpMethod.Post, $"/api/edizioni/{s.Edizione}/labs", coordinator, new { title = "Giovani a Firenze" }))
            .GetProperty("id").GetString()!;
        await LabActions.AddAsync(server, coordinator, s.Lab,
            ("a1", "Portierato sociale", "2026-03-01", null),
            ("a2", "Festa di quartiere", "2026-03-20", null),
            ("a3", "Sportello già aperto", "2026-03-05", "fatto"),
            ("a4", "Senza scadenza", null, null),
            ("a5", "Orti per l'estate", "2026-06-30", "in_corso"));
        await LabActions.AddAsync(server, coordinator, second, ("b1", "Spazio compiti", "2026-03-02", "bloccato"));
        await LabActions.AddAsync(server, coordinator, s.OtherLab, ("c1", "In un'altra edizione", "2026-03-01", null));
        var facilitator = await server.TokenAsync(s.Facilitator, AccountServer.GoodPassword);
        await server.ReadyAccountAsync("scadenze.altro", "coordinator");

        var due = await Structure.Expect(server, HttpStatusCode.OK, HttpMethod.Get, $"/api/edizioni/{s.Edizione}/actions?open=true&today=2026-03-10", coordinator);
        var byFacilitator = await Structure.Expect(server, HttpStatusCode.OK, HttpMethod.Get, $"/api/edizioni/{s.Edizione}/actions?open=true&today=2026-03-10", facilitator);
        var all = await Structure.Expect(server, HttpStatusCode.OK, HttpMethod.Get, $"/api/edizioni/{s.Edizione}/actions?today=2026-03-10", coordinator);
        var outsider = await server.CallAsync(HttpMethod.Get, $"/api/edizioni/{s.Edizione}/actions?open=true", await server.TokenAsync("scadenze.altro", AccountServer.GoodPassword));

        var rows = due.GetProperty("actions").EnumerateArray()
            .Select(a => (a.GetProperty("labTitle").GetString(), a.GetProperty("action").GetProperty("text").GetString(), a.GetProperty("action").GetProperty("overdue").GetBoolean(), a.GetProperty("action").GetProperty("dueSoon").GetBoolean()))
            .ToList();
        Assert.Equal(
            [
                ("Abitare a Firenze", "Portierato sociale", true, false),
                ("Giovani a Firenze", "Spazio compiti", true, false),
                ("Abitare a Firenze", "Festa di quartiere", false, true),
            ],
            rows);
        Assert.Equal("2026-03-10", due.GetProperty("today").GetString());
        Assert.Equal(due.GetProperty("actions").GetRawText(), byFacilitator.GetProperty("actions").GetRawText());
        Assert.Equal(6, all.GetProperty("actions").GetArrayLength());
        Assert.Equal(HttpStatusCode.Forbidden, outsider.Status);
    }
}
