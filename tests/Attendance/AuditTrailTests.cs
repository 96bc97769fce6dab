using System.Net;
using Laboratori.Tests.Accounts;

namespace Laboratori.Tests.Attendance;

/// <summary>Staff access to personal data is recorded (who, what, when) and only admins read the record.</summary>
public sealed class AuditTrailTests(LongRegisterServerFixture fixture) : IClassFixture<LongRegisterServerFixture>
{
    private AccountServer Server => fixture.Server;

    [Fact]
    public async Task ExportsAndListsOfPersonalDataAreRecordedWithTheirAuthorAndOnlyAdminsReadThem()
    {
        var s = await Structure.CreateAsync(Server, "au1");
        var coordinator = await Server.TokenAsync(s.Coordinator, AccountServer.GoodPassword);
        var admin = await Server.TokenAsync(AccountServer.Admin);
        var before = await LastIdAsync(admin);
        var who = (await Server.CallAsync(HttpMethod.Get, "/api/auth/me", coordinator)).Body.GetProperty("userId").GetString();
        await Structure.Expect(Server, HttpStatusCode.Created, HttpMethod.Post, $"/api/labs/{s.Lab}/adesioni", coordinator, new { displayName = "Lucia Bianchi", organisation = "Comune di Firenze" });

        await Structure.Expect(Server, HttpStatusCode.OK, HttpMethod.Get, $"/api/labs/{s.Lab}/adesioni", coordinator);
        Assert.Equal(HttpStatusCode.OK, (await Server.CallAsync(HttpMethod.Get, $"/api/labs/{s.Lab}/hours/export?format=csv", coordinator)).Status);
        // A refusal reached nothing: not recorded.
        var refused = await Server.CallAsync(HttpMethod.Get, $"/api/labs/{s.OtherLab}/adesioni", await Server.TokenAsync(s.Tutor, AccountServer.GoodPassword));
        Assert.Contains(refused.Status, new[] { HttpStatusCode.Forbidden, HttpStatusCode.NotFound });

        var page = await Structure.Expect(Server, HttpStatusCode.OK, HttpMethod.Get, $"/api/audit?after={before}", admin);
        var entries = page.GetProperty("entries").EnumerateArray()
            .Select(e => (e.GetProperty("actorId").GetString(), e.GetProperty("actorRole").GetString(), e.GetProperty("action").GetString(), e.GetProperty("target").GetString()))
            .ToList();
        Assert.Equal(
            [(who, "coordinator", "adesioni.read", $"/api/labs/{s.Lab}/adesioni"), (who, "coordinator", "hours.export", $"/api/labs/{s.Lab}/hours/export?format=csv")],
            entries);
        Assert.All(page.GetProperty("entries").EnumerateArray(), e => Assert.InRange(e.GetProperty("at").GetDateTimeOffset(), DateTimeOffset.UtcNow.AddMinutes(-10), DateTimeOffset.UtcNow.AddMinutes(1)));

        Assert.Equal(HttpStatusCode.Forbidden, (await Server.CallAsync(HttpMethod.Get, "/api/audit", coordinator)).Status);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Server.CallAsync(HttpMethod.Get, "/api/audit")).Status);
    }

    private async Task<long> LastIdAsync(string admin)
    {
        long last = 0;
        while (true)
        {
            var page = await Structure.Expect(Server, HttpStatusCode.OK, HttpMethod.Get, $"/api/audit?after={last}&limit=1000", admin);
            foreach (var e in page.GetProperty("entries").EnumerateArray())
            {
                last = e.GetProperty("id").GetInt64();
            }

            if (!page.GetProperty("hasMore").GetBoolean())
            {
                return last;
            }
        }
    }
}
