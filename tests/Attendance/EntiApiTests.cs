using System.Net;
using Laboratori.Tests.Accounts;
using Laboratori.Tests.Support;

namespace Laboratori.Tests.Attendance;

/// <summary>
/// The register of enti of a programme: coordinators keep it (canonical names, types, sectors), its staff read it, and
/// adesioni and joins pick their organisation from it.
/// </summary>
public sealed class EntiApiTests(LongRegisterServerFixture fixture) : IClassFixture<LongRegisterServerFixture>
{
    private AccountServer Server => fixture.Server;

    [Fact]
    public async Task CoordinatorsKeepTheRegisterAndItsStaffReadIt()
    {
        var s = await Structure.CreateAsync(Server, "en1");
        var coordinator = await Server.TokenAsync(s.Coordinator, AccountServer.GoodPassword);
        var comune = await Structure.Expect(Server, HttpStatusCode.Created, HttpMethod.Post, $"/api/programmes/{s.Programme}/enti", coordinator, new { name = "  Comune di   Firenze ", type = "comune" });
        Assert.Equal(("Comune di Firenze", "comune", "Comune", "ente_pubblico"),
            (comune.GetProperty("name").GetString(), comune.GetProperty("type").GetString(), comune.GetProperty("typeName").GetString(), comune.GetProperty("sector").GetString()));
        var coop = await Structure.Expect(Server, HttpStatusCode.Created, HttpMethod.Post, $"/api/programmes/{s.Programme}/enti", coordinator, new { name = "Coop. Il Girasole", type = "cooperativa_sociale" });
        Assert.Equal("terzo_settore", coop.GetProperty("sector").GetString());
        await Structure.Expect(Server, HttpStatusCode.Created, HttpMethod.Post, $"/api/programmes/{s.Programme}/enti", coordinator, new { name = "ASL Toscana Centro", type = "azienda_sanitaria" });

        var twice = await Server.CallAsync(HttpMethod.Post, $"/api/programmes/{s.Programme}/enti", coordinator, new { name = "comune di firenze", type = "comune" });
        Assert.Equal((HttpStatusCode.Conflict, "ente_exists"), (twice.Status, twice.Code));
        var unknown = await Server.CallAsync(HttpMethod.Post, $"/api/programmes/{s.Programme}/enti", coordinator, new { name = "Bar Sport", type = "bar" });
        Assert.Equal((HttpStatusCode.BadRequest, "ente_type_unknown"), (unknown.Status, unknown.Code));
        var empty = await Server.CallAsync(HttpMethod.Post, $"/api/programmes/{s.Programme}/enti", coordinator, new { name = " ", type = "comune" });
        Assert.Equal((HttpStatusCode.BadRequest, "text_empty"), (empty.Status, empty.Code));
        var facilitator = await Server.TokenAsync(s.Facilitator, AccountServer.GoodPassword);
        Assert.Equal(HttpStatusCode.Forbidden, (await Server.CallAsync(HttpMethod.Post, $"/api/programmes/{s.Programme}/enti", facilitator, new { name = "Altro ente", type = "altro" })).Status);

        foreach (var reader in new[] { coordinator, facilitator, await Server.TokenAsync(s.Trainer, AccountServer.GoodPassword) })
        {
            var list = await Structure.Expect(Server, HttpStatusCode.OK, HttpMethod.Get, $"/api/programmes/{s.Programme}/enti", reader);
            Assert.Equal(["ASL Toscana Centro", "Comune di Firenze", "Coop. Il Girasole"], list.EnumerateArray().Select(e => e.GetProperty("name").GetString()));
        }

        var renamed = await Structure.Expect(Server, HttpStatusCode.OK, HttpMethod.Put, $"/api/enti/{coop.GetProperty("id").GetString()}", coordinator,
            new { name = "Cooperativa sociale Il Girasole", type = "cooperativa_sociale", sector = "terzo settore" });
        Assert.Equal("Cooperativa sociale Il Girasole", renamed.GetProperty("name").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, (await Server.CallAsync(HttpMethod.Put, $"/api/enti/{coop.GetProperty("id").GetString()}", facilitator, new { name = "X", type = "altro" })).Status);
        Assert.Equal((HttpStatusCode.NotFound, "ente_not_found"), ((await Server.CallAsync(HttpMethod.Put, "/api/enti/en-nessuno", coordinator, new { name = "X", type = "altro" })).Status, (await Server.CallAsync(HttpMethod.Put, "/api/enti/en-nessuno", coordinator, new { name = "X", type = "altro" })).Code));
        Assert.Equal(13, (await Structure.Expect(Server, HttpStatusCode.OK, HttpMethod.Get, "/api/ente-types", coordinator)).GetArrayLength());
    }

    [Fact]
    public async Task CoordinatorsRemoveAnEnteAndOthersCannot()
    {
        var s = await Structure.CreateAsync(Server, "en3");
        var coordinator = await Server.TokenAsync(s.Coordinator, AccountServer.GoodPassword);
        var id = (await Structure.Expect(Server, HttpStatusCode.Created, HttpMethod.Post, $"/api/programmes/{s.Programme}/enti", coordinator, new { name = "Parrocchia San Marco", type = "parrocchia" }))
            .GetProperty("id").GetString();
        var adesione = await Structure.Expect(Server, HttpStatusCode.Created, HttpMethod.Post, $"/api/labs/{s.Lab}/adesioni", coordinator, new { displayName = "Don Piero", enteId = id });

        foreach (var other in new[] { s.Facilitator, s.Trainer, s.Tutor })
        {
            var refused = await Server.CallAsync(HttpMethod.Delete, $"/api/enti/{id}", await Server.TokenAsync(other, AccountServer.GoodPassword));
            Assert.Equal(HttpStatusCode.Forbidden, refused.Status);
        }

        Assert.Equal(HttpStatusCode.NoContent, (await Server.CallAsync(HttpMethod.Delete, $"/api/enti/{id}", coordinator)).Status);
        Assert.Empty((await Structure.Expect(Server, HttpStatusCode.OK, HttpMethod.Get, $"/api/programmes/{s.Programme}/enti", coordinator)).EnumerateArray());
        var again = await Server.CallAsync(HttpMethod.Delete, $"/api/enti/{id}", coordinator);
        Assert.Equal((HttpStatusCode.NotFound, "ente_not_found"), (again.Status, again.Code));
        // The adesione copied the ente's name and sector when it was made: it stays as it was.
        var kept = (await Structure.Expect(Server, HttpStatusCode.OK, HttpMethod.Get, $"/api/labs/{s.Lab}/adesioni", coordinator)).EnumerateArray()
            .Single(a => a.GetProperty("id").GetString() == adesione.GetProperty("id").GetString());
        Assert.Equal(("Parrocchia San Marco", "terzo_settore"), (kept.GetProperty("organisation").GetString(), kept.GetProperty("sector").GetString()));
        // Its name is free again.
        await Structure.Expect(Server, HttpStatusCode.Created, HttpMethod.Post, $"/api/programmes/{s.Programme}/enti", coordinator, new { name = "Parrocchia San Marco", type = "parrocchia" });
    }

    [Fact]
    public async Task AdesioniAndJoinsPickTheirOrganisationFromTheRegister()
    {
        var s = await Structure.CreateAsync(Server, "en2");
        var coordinator = await Server.TokenAsync(s.Coordinator, AccountServer.GoodPassword);
        var comune = (await Structure.Expect(Server, HttpStatusCode.Created, HttpMethod.Post, $"/api/programmes/{s.Programme}/enti", coordinator, new { name = "Comune di Firenze", type = "comune" }))
            .GetProperty("id").GetString();
        var code = (await Server.CallAsync(HttpMethod.Get, $"/api/labs/{s.Lab}/join-code", await Server.TokenAsync(AccountServer.Admin))).Body.GetProperty("joinCode").GetString();

        var offered = await Server.CallAsync(HttpMethod.Get, $"/api/join/enti?code={Uri.EscapeDataString(code!)}");
        Assert.Equal(HttpStatusCode.OK, offered.Status);
        Assert.Equal(comune, Assert.Single(offered.Body.EnumerateArray()).GetProperty("id").GetString());
        Assert.Equal((HttpStatusCode.NotFound, "join_code_invalid"), ((await Server.CallAsync(HttpMethod.Get, "/api/join/enti?code=NONE")).Status, (await Server.CallAsync(HttpMethod.Get, "/api/join/enti?code=NONE")).Code));

        var joined = await Server.CallAsync(HttpMethod.Post, "/api/join", null,
            new { code, displayName = "Marta Galli", organisation = "comune fi", sector = "altro", enteId = comune, privacyVersion = PrivacyVersion.Current });
        Assert.Equal(HttpStatusCode.OK, joined.Status);
        var added = await Structure.Expect(Server, HttpStatusCode.Created, HttpMethod.Post, $"/api/labs/{s.Lab}/adesioni", coordinator, new { displayName = "Paolo Bini", enteId = comune });
        Assert.Equal(("Comune di Firenze", "ente_pubblico"), (added.GetProperty("organisation").GetString(), added.GetProperty("sector").GetString()));
        var list = await Structure.Expect(Server, HttpStatusCode.OK, HttpMethod.Get, $"/api/labs/{s.Lab}/adesioni", coordinator);
        var marta = list.EnumerateArray().Single(a => a.GetProperty("displayName").GetString() == "Marta Galli");
        Assert.Equal(("Comune di Firenze", "ente_pubblico"), (marta.GetProperty("organisation").GetString(), marta.GetProperty("sector").GetString()));

        var elsewhere = await Server.CallAsync(HttpMethod.Post, $"/api/labs/{s.Lab}/adesioni", coordinator, new { displayName = "Ugo Sala", enteId = "en-nessuno" });
        Assert.Equal((HttpStatusCode.NotFound, "ente_not_found"), (elsewhere.Status, elsewhere.Code));
        var badJoin = await Server.CallAsync(HttpMethod.Post, "/api/join", null, new { code, displayName = "Ugo Sala", enteId = "en-nessuno", privacyVersion = PrivacyVersion.Current });
        Assert.Equal((HttpStatusCode.NotFound, "ente_not_found"), (badJoin.Status, badJoin.Code));
    }
}
