using System.Net;
using System.Text.Json;
using Laboratori.Tests.Accounts;
using Laboratori.Tests.Support;

namespace Laboratori.Tests.Attendance;

/// <summary>A participant downloads what is held about them ("scarica i miei dati"); staff cannot use it for someone else.</summary>
public sealed class MyDataApiTests(LongRegisterServerFixture fixture) : IClassFixture<LongRegisterServerFixture>
{
    private AccountServer Server => fixture.Server;

    [Fact]
    public async Task AParticipantDownloadsTheirRosterRowTheirRegisterMarksAndOnlyTheirEvents()
    {
        var s = await Structure.CreateAsync(Server, "md1");
        var coordinator = await Server.TokenAsync(s.Coordinator, AccountServer.GoodPassword);
        var incontro = (await Structure.Expect(Server, HttpStatusCode.Created, HttpMethod.Post, $"/api/labs/{s.Lab}/incontri", coordinator,
            new { date = new DateOnly(2026, 2, 3), start = "14:00", end = "17:00", plannedHours = 3, mode = "presenza", sedeId = "firenze" })).GetProperty("id").GetString();
        var lucia = await Structure.Expect(Server, HttpStatusCode.Created, HttpMethod.Post, $"/api/labs/{s.Lab}/adesioni", coordinator,
            new { displayName = "Lucia Bianchi", organisation = "Comune di Firenze", email = "lucia@example.org" });
        await Structure.Expect(Server, HttpStatusCode.Created, HttpMethod.Post, $"/api/labs/{s.Lab}/adesioni", coordinator, new { displayName = "Nicolò Ferri", organisation = "Coop" });
        var link = (await Structure.Expect(Server, HttpStatusCode.OK, HttpMethod.Post, $"/api/labs/{s.Lab}/adesioni/{lucia.GetProperty("id").GetString()}/link", coordinator))
            .GetProperty("link").GetString()!;
        var participant = (await Structure.Expect(Server, HttpStatusCode.OK, HttpMethod.Post, "/api/join/personal", coordinator, new { token = link[(link.LastIndexOf('/') + 1)..], privacyVersion = PrivacyVersion.Current }))
            .GetProperty("token").GetString()!;
        var memberId = lucia.GetProperty("memberId").GetString();
        await Structure.Expect(Server, HttpStatusCode.OK, HttpMethod.Put, $"/api/incontri/{incontro}/register/{memberId}", coordinator, new { status = "ritardo", entry = "14:30" });

        var data = await Structure.Expect(Server, HttpStatusCode.OK, HttpMethod.Get, "/api/me/data", participant);

        Assert.Equal(memberId, data.GetProperty("memberId").GetString());
        Assert.Equal("Abitare a Firenze", data.GetProperty("labTitle").GetString());
        var row = Assert.Single(data.GetProperty("adesioni").EnumerateArray());
        Assert.Equal(("Lucia Bianchi", "Comune di Firenze", "lucia@example.org", "aderente"),
            (row.GetProperty("displayName").GetString(), row.GetProperty("organisation").GetString(), row.GetProperty("email").GetString(), row.GetProperty("kind").GetString()));
        var mark = Assert.Single(data.GetProperty("register").EnumerateArray());
        Assert.Equal((incontro, "ritardo", "14:30:00"), (mark.GetProperty("incontroId").GetString(), mark.GetProperty("status").GetString(), mark.GetProperty("entry").GetString()));
        Assert.DoesNotContain("Nicolò", data.GetRawText(), StringComparison.Ordinal);
        Assert.All(data.GetProperty("events").EnumerateArray(), e => Assert.Equal(JsonValueKind.Number, e.GetProperty("seq").ValueKind));

        var staff = await Server.CallAsync(HttpMethod.Get, "/api/me/data", coordinator);
        Assert.Equal((HttpStatusCode.Forbidden, "forbidden"), (staff.Status, staff.Code));
        Assert.Equal(HttpStatusCode.Unauthorized, (await Server.CallAsync(HttpMethod.Get, "/api/me/data")).Status);
    }
}
