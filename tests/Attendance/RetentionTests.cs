using System.Net;
using Laboratori.Contracts.Labs;
using Laboratori.Tests.Accounts;
using Laboratori.Tests.Support;
using Laboratori.Tests.Web;
using Laboratori.Web.Privacy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace Laboratori.Tests.Attendance;

/// <summary>
/// The retention period on a fake clock: the people of a lab closed for longer than <c>Retention:Period</c> are
/// pseudonymised by the service itself, as an erasure would do it, and not a tick before.
/// </summary>
public sealed class RetentionTests
{
    [Fact]
    public async Task PeopleArePseudonymisedWhenTheRetentionPeriodAfterTheLabClosedRunsOutAndNotBefore()
    {
        await using var server = new LabServer();
        var staff = await server.StaffTokenAsync(LabServer.Facilitator);
        var lab = await server.Api.CreateLabAsync(staff, "Conservazione");
        var walkIn = await ApiCall.SendAsync(server.Http, HttpMethod.Post, "/api/join", null,
            new { code = lab.JoinCode, displayName = "Gualtiero Pellegrinotti", organisation = "Auser", sector = "terzo_settore", privacyVersion = PrivacyVersion.Current });
        Assert.Equal(HttpStatusCode.OK, walkIn.Status);
        await using (var peer = new HubPeer(await server.ConnectAsync(walkIn.Body.GetProperty("token").GetString()), lab.Id))
        {
            await peer.JoinAsync();
        }

        var member = walkIn.Body.GetProperty("participantId").GetString()!;
        await Waits.UntilAsync(async () => (await ApiCall.SendAsync(server.Http, HttpMethod.Get, $"/api/labs/{lab.Id}/canvas", staff)).Body
            .GetProperty("state").GetProperty("members").GetProperty(member).GetProperty("present").GetBoolean() == false);

        var other = await server.Api.CreateLabAsync(staff, "Ancora aperto");
        Assert.Equal(HttpStatusCode.Created, (await ApiCall.SendAsync(server.Http, HttpMethod.Post, $"/api/labs/{other.Id}/adesioni", staff, new { displayName = "Olimpia Spadafora" })).Status);
        Assert.Equal(HttpStatusCode.OK, (await ApiCall.SendAsync(server.Http, HttpMethod.Post, $"/api/labs/{lab.Id}/close", staff, new { closed = true })).Status);
        var closedAt = (await server.Services.GetRequiredService<IGrainFactory>().GetGrain<ILaboratorioGrain>(lab.Id).GetAsync())!.ClosedAt!.Value;
        var events = (await ApiCall.SendAsync(server.Http, HttpMethod.Get, $"/api/labs/{lab.Id}/events?after=0&limit=1000", staff)).Body.GetProperty("events").GetArrayLength();

        var period = TimeSpan.FromDays(30);
        var clock = new FakeTimeProvider(closedAt + period - TimeSpan.FromHours(2));
        var options = Microsoft.Extensions.Options.Options.Create(new RetentionOptions { Period = period, CheckInterval = TimeSpan.FromHours(1) });
        using var retention = new RetentionService(server.Services.GetRequiredService<IServiceScopeFactory>(), clock, options, NullLogger<RetentionService>.Instance);
        await retention.StartAsync(Waits.Token());

        clock.Advance(TimeSpan.FromHours(1));
        await Waits.UntilAsync(() => retention.Sweeps >= 1);
        Assert.Equal("Gualtiero Pellegrinotti", await NameAsync(server, lab.Id, staff));

        clock.Advance(TimeSpan.FromHours(1));
        await Waits.UntilAsync(() => retention.Sweeps >= 2);
        Assert.Equal("Partecipante 1", await NameAsync(server, lab.Id, staff));
        Assert.Equal("Olimpia Spadafora", (await ApiCall.SendAsync(server.Http, HttpMethod.Get, $"/api/labs/{other.Id}/adesioni", staff)).Body[0].GetProperty("displayName").GetString());
        Assert.Equal(events, (await ApiCall.SendAsync(server.Http, HttpMethod.Get, $"/api/labs/{lab.Id}/events?after=0&limit=1000", staff)).Body.GetProperty("events").GetArrayLength());
        var canvas = (await ApiCall.SendAsync(server.Http, HttpMethod.Get, $"/api/labs/{lab.Id}/canvas", staff)).Body.GetRawText();
        Assert.Contains("Partecipante 1", canvas, StringComparison.Ordinal);
        Assert.DoesNotContain("Pellegrinotti", canvas, StringComparison.Ordinal);
        var stored = string.Concat(new[] { server.DatabasePath, server.DatabasePath + "-wal" }.Where(File.Exists).Select(p =>
        {
            using var file = new FileStream(p, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var copy = new MemoryStream();
            file.CopyTo(copy);
            return System.Text.Encoding.Latin1.GetString(copy.ToArray());
        }));
        Assert.DoesNotContain("Pellegrinotti", stored, StringComparison.Ordinal);

        using (var scope = server.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<Laboratori.Web.Data.LaboratoriDb>();
            var audit = Assert.Single(await db.Set<Laboratori.Web.Attendance.AuditEntry>().Where(e => e.ActorId == "retention").ToListAsync());
            Assert.Equal(("adesioni.erase", DateTimeOffset.FromUnixTimeMilliseconds((closedAt + period).ToUnixTimeMilliseconds())), (audit.Action, audit.At));
            Assert.Equal("retention", Assert.Single(await db.Set<Laboratori.Web.Attendance.Erasure>().ToListAsync()).ActorId);
        }

        await retention.StopAsync(Waits.Token());
    }

    private static async Task<string?> NameAsync(LabServer server, string labId, string token) =>
        (await ApiCall.SendAsync(server.Http, HttpMethod.Get, $"/api/labs/{labId}/adesioni", token)).Body[0].GetProperty("displayName").GetString();
}
