using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Laboratori.Tests.Accounts;
using Laboratori.Tests.Support;
using Laboratori.Tests.Web;

namespace Laboratori.Tests.Attendance;

/// <summary>
/// Cards written <em>per conto di</em> a person of the roster or an ente of the register, through the hub: who may,
/// what is refused (and changes nothing), what the event keeps and what readers are shown, exports, cohesion, erasure.
/// </summary>
public sealed class OnBehalfHubTests(AccountServerFixture fixture) : IClassFixture<AccountServerFixture>
{
    private AccountServer Server => fixture.Server;

    [Fact]
    public async Task FacilitatorsAndTutorsWriteForSomeoneAndEveryoneElseIsRefused()
    {
        var (s, ente, mario) = await SetUpAsync("ob1");
        var participantToken = await JoinAsync(s.Lab, "Walter Neri");
        await using var facilitator = await PeerAsync(await Server.TokenAsync(s.Facilitator, AccountServer.GoodPassword), s.Lab);
        await using var tutor = await PeerAsync(await Server.TokenAsync(s.Tutor, AccountServer.GoodPassword), s.Lab);
        await using var participant = await PeerAsync(participantToken, s.Lab);
        // Free work: participants may add cards, so what refuses theirs is whom they write for.
        await facilitator.ApplyOkAsync("lab.phase", new { phase = "libera" });

        await facilitator.ApplyOkAsync("card.add", Card("ob-ente", "risorse", "Sala civica il sabato", new { kind = "ente", id = ente }));
        var forMario = await tutor.ApplyOkAsync("card.add", Card("ob-mario", "bisogni", "Servono orari serali", new { kind = "member", id = mario }));

        var refused = new[]
        {
            await participant.ApplyAsync("card.add", Card("ob-p", "bisogni", "Per conto di un ente", new { kind = "ente", id = ente })),
            await facilitator.ApplyAsync("card.add", Card("ob-x1", "bisogni", "Chi?", new { kind = "member", id = "p-nessuno" })),
            await facilitator.ApplyAsync("card.add", Card("ob-x2", "bisogni", "Quale ente?", new { kind = "ente", id = "en-nessuno" })),
            await facilitator.ApplyAsync("card.add", Card("ob-x3", "bisogni", "Un altro laboratorio", new { kind = "member", id = await OtherLabPersonAsync(s) })),
            await facilitator.ApplyAsync("card.add", Card("ob-x4", "bisogni", "Tipo sbagliato", new { kind = "staff", id = mario })),
            await facilitator.ApplyAsync("card.add", Card("ob-x5", "bisogni", "Senza id", new { kind = "ente" })),
            await facilitator.ApplyAsync("card.add", Card("ob-x6", "bisogni", "Con un nome", new { kind = "member", id = mario, name = "Mario" })),
        };
        Assert.Equal(
            ["on_behalf_forbidden", "on_behalf_not_found", "on_behalf_not_found", "on_behalf_not_found", "bad_request", "bad_request", "bad_request"],
            refused.Select(r => r.GetProperty("error").GetProperty("code").GetString()));

        // What the participant receives names Mario from the roster; the ente has its canonical name and sector.
        var received = await participant.ReceiveUntilAsync(forMario);
        var pushed = received.Where(e => e.GetProperty("type").GetString() == "card.add").Select(e => JsonSerializer.Serialize(e.GetProperty("payload").GetProperty("onBehalfOf"))).ToList();
        Assert.Equal(
            [
                $$"""{"kind":"ente","id":"{{ente}}","organisation":"Comune di Lecco","sector":"ente_pubblico"}""",
                $$"""{"kind":"member","id":"{{mario}}","organisation":"Auser","sector":"terzo_settore","name":"Mario Rossi"}""",
            ],
            pushed);
        var coordinator = await Server.TokenAsync(s.Coordinator, AccountServer.GoodPassword);
        var cards = (await Server.CallAsync(HttpMethod.Get, $"/api/labs/{s.Lab}/canvas", participantToken)).Body.GetProperty("state").GetProperty("cards");
        Assert.Equal(["ob-ente", "ob-mario"], cards.EnumerateObject().Select(c => c.Name).Order(StringComparer.Ordinal));
        Assert.Equal("Mario Rossi", cards.GetProperty("ob-mario").GetProperty("onBehalfOf").GetProperty("name").GetString());

        // The log keeps whom, never the person's name.
        var log = await TextAsync($"/api/labs/{s.Lab}/export/log", coordinator);
        Assert.Contains($$"""{"kind":"member","id":"{{mario}}","organisation":"Auser","sector":"terzo_settore"}""", log, StringComparison.Ordinal);
        Assert.DoesNotContain("Mario Rossi", log, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExportsDocumentsAndCohesionCountACardForWhomItWasWritten()
    {
        var (s, ente, mario) = await SetUpAsync("ob2");
        var coordinator = await Server.TokenAsync(s.Coordinator, AccountServer.GoodPassword);
        await using (var facilitator = await PeerAsync(await Server.TokenAsync(s.Facilitator, AccountServer.GoodPassword), s.Lab))
        {
            await facilitator.ApplyOkAsync("card.add", Card("ob-ente", "risorse", "Sala civica il sabato", new { kind = "ente", id = ente }));
            await facilitator.ApplyOkAsync("card.add", Card("ob-mario", "bisogni", "Servono orari serali", new { kind = "member", id = mario }));
        }

        var csv = (await TextAsync($"/api/labs/{s.Lab}/export/synthesis?format=csv", coordinator)).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Tema;Colonna;Scheda;Voti;Autore;Organizzazione;Settore;Collegata;Collegamenti;Per conto di", csv[0]);
        Assert.Equal(
            [
                ("Servono orari serali", "Auser", "Terzo settore", "Mario Rossi"),
                ("Sala civica il sabato", "Comune di Lecco", "Ente pubblico", "Comune di Lecco"),
            ],
            csv[1..].Select(line => line.Split(';')).Select(f => (f[2], f[5], f[6], f[9])));
        Assert.Contains("per conto di Comune di Lecco", await TextAsync($"/api/labs/{s.Lab}/export/synthesis?format=html", coordinator), StringComparison.Ordinal);
        Assert.Contains("per conto di Mario Rossi", await TextAsync($"/api/labs/{s.Lab}/export/synthesis?format=md", coordinator), StringComparison.Ordinal);
        Assert.Contains("per conto di Comune di Lecco", await TextAsync($"/api/labs/{s.Lab}/documents/relazione?format=html", coordinator), StringComparison.Ordinal);

        // The facilitator typed both; they count for the ente and for Mario (and his ente), not for staff.
        var report = (await Server.CallAsync(HttpMethod.Get, $"/api/labs/{s.Lab}/cohesion", coordinator)).Body.GetProperty("report");
        Assert.Equal(2, report.GetProperty("contributions").GetInt32());
        // Mario is a person of Auser; the ente's card has no person behind it.
        Assert.Equal(
            [("AUSER", 1, 1, 0), ("COMUNE DI LECCO", 0, 0, 1)],
            report.GetProperty("enti").EnumerateArray().Select(e => (e.GetProperty("key").GetString(), e.GetProperty("people").GetInt32(),
                e.GetProperty("needs").GetInt32(), e.GetProperty("resources").GetInt32())));
    }

    [Fact]
    public async Task AnErasedPersonIsNoLongerWrittenForAndTheirCardsShowThePseudonym()
    {
        var (s, _, mario) = await SetUpAsync("ob3");
        var facilitatorToken = await Server.TokenAsync(s.Facilitator, AccountServer.GoodPassword);
        await using var facilitator = await PeerAsync(facilitatorToken, s.Lab);
        await facilitator.ApplyOkAsync("card.add", Card("ob-prima", "bisogni", "Servono orari serali", new { kind = "member", id = mario }));
        var row = (await Server.CallAsync(HttpMethod.Get, $"/api/labs/{s.Lab}/adesioni", facilitatorToken)).Body.EnumerateArray()
            .Single(a => a.GetProperty("memberId").GetString() == mario).GetProperty("id").GetString();
        var pseudonym = (await Server.CallAsync(HttpMethod.Post, $"/api/labs/{s.Lab}/adesioni/{row}/erase", facilitatorToken)).Body.GetProperty("pseudonym").GetString()!;

        var after = await facilitator.ApplyAsync("card.add", Card("ob-dopo", "bisogni", "Ancora per lui", new { kind = "member", id = mario }));
        Assert.Equal("on_behalf_erased", after.GetProperty("error").GetProperty("code").GetString());
        var cards = (await Server.CallAsync(HttpMethod.Get, $"/api/labs/{s.Lab}/canvas", facilitatorToken)).Body.GetProperty("state").GetProperty("cards");
        Assert.Equal(["ob-prima"], cards.EnumerateObject().Select(c => c.Name));
        Assert.Equal(pseudonym, cards.GetProperty("ob-prima").GetProperty("onBehalfOf").GetProperty("name").GetString());
        foreach (var path in new[] { "export/synthesis?format=csv", "export/synthesis?format=html", "history/events", "events", "documents/relazione?format=html" })
        {
            var text = await TextAsync($"/api/labs/{s.Lab}/{path}", facilitatorToken);
            Assert.False(text.Contains("Mario", StringComparison.Ordinal), $"{path} still names him.");
        }

        Assert.Contains(pseudonym, await TextAsync($"/api/labs/{s.Lab}/export/synthesis?format=csv", facilitatorToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheAddBoxChoicesAreForThoseWhoWriteForOthers()
    {
        var (s, ente, mario) = await SetUpAsync("ob4");
        var choices = await Server.CallAsync(HttpMethod.Get, $"/api/labs/{s.Lab}/on-behalf", await Server.TokenAsync(s.Tutor, AccountServer.GoodPassword));
        Assert.Equal(HttpStatusCode.OK, choices.Status);
        Assert.Equal([(mario, "Mario Rossi", "Auser")], choices.Body.GetProperty("people").EnumerateArray()
            .Select(p => (p.GetProperty("memberId").GetString(), p.GetProperty("displayName").GetString(), p.GetProperty("organisation").GetString())));
        Assert.Equal([(ente, "Comune di Lecco", "Comune")], choices.Body.GetProperty("enti").EnumerateArray()
            .Select(e => (e.GetProperty("id").GetString(), e.GetProperty("name").GetString(), e.GetProperty("typeName").GetString())));

        var trainer = await Server.CallAsync(HttpMethod.Get, $"/api/labs/{s.Lab}/on-behalf", await Server.TokenAsync(s.Trainer, AccountServer.GoodPassword));
        var participant = await Server.CallAsync(HttpMethod.Get, $"/api/labs/{s.Lab}/on-behalf", await JoinAsync(s.Lab, "Walter Neri"));
        var otherLab = await Server.CallAsync(HttpMethod.Get, $"/api/labs/{s.OtherLab}/on-behalf", await Server.TokenAsync(s.Tutor, AccountServer.GoodPassword));
        Assert.Equal(
            [(HttpStatusCode.Forbidden, "forbidden"), (HttpStatusCode.Forbidden, "forbidden")],
            new[] { trainer, participant }.Select(c => (c.Status, c.Code)));
        Assert.Equal(HttpStatusCode.Forbidden, otherLab.Status);
    }

    /// <summary>A programme with the ente "Comune di Lecco" in its register and Mario Rossi (Auser) among its lab's adesioni, with no device.</summary>
    private async Task<(Structure S, string Ente, string Mario)> SetUpAsync(string prefix)
    {
        var s = await Structure.CreateAsync(Server, prefix);
        var coordinator = await Server.TokenAsync(s.Coordinator, AccountServer.GoodPassword);
        var ente = (await Structure.Expect(Server, HttpStatusCode.Created, HttpMethod.Post, $"/api/programmes/{s.Programme}/enti", coordinator, new { name = "Comune di Lecco", type = "comune" }))
            .GetProperty("id").GetString()!;
        var mario = (await Structure.Expect(Server, HttpStatusCode.Created, HttpMethod.Post, $"/api/labs/{s.Lab}/adesioni", coordinator,
            new { displayName = "Mario Rossi", organisation = "Auser", sector = "terzo_settore" })).GetProperty("memberId").GetString()!;
        return (s, ente, mario);
    }

    private async Task<string> OtherLabPersonAsync(Structure s) =>
        (await Structure.Expect(Server, HttpStatusCode.Created, HttpMethod.Post, $"/api/labs/{s.OtherLab}/adesioni", await Server.TokenAsync(s.Coordinator, AccountServer.GoodPassword),
            new { displayName = "Sara Pisana", organisation = "Comune di Pisa", sector = "ente_pubblico" })).GetProperty("memberId").GetString()!;

    private static object Card(string id, string lane, string text, object onBehalfOf) =>
        new { cardId = id, lane, text, colour = (string?)null, x = 0.0, y = 0.0, onBehalfOf };

    private async Task<HubPeer> PeerAsync(string token, string lab)
    {
        var peer = new HubPeer(await Server.Server.ConnectAsync(token), lab);
        await peer.JoinAsync();
        return peer;
    }

    private async Task<string> JoinAsync(string lab, string name)
    {
        var code = (await Server.CallAsync(HttpMethod.Get, $"/api/labs/{lab}/join-code", await Server.TokenAsync(AccountServer.Admin))).Body.GetProperty("joinCode").GetString();
        var joined = await Server.CallAsync(HttpMethod.Post, "/api/join", null, new { code, displayName = name, organisation = "Auser", sector = "terzo_settore", privacyVersion = PrivacyVersion.Current });
        Assert.Equal(HttpStatusCode.OK, joined.Status);
        return joined.Body.GetProperty("token").GetString()!;
    }

    private async Task<string> TextAsync(string path, string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await Server.Http.SendAsync(request);
        Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode}");
        return Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync());
    }
}
