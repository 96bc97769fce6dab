using System.Text.Json;
using Laboratori.Contracts;
using Laboratori.Contracts.Labs;
using Laboratori.Grains.Canvas;
using Laboratori.Grains.Labs;
using Laboratori.Tests.Support;
namespace Laboratori.Tests.Attendance;

/// <summary>
/// Presences held by nodes (docs/attendance.md, "Presence after a crash"): a member is present while any node holds a
/// connection of theirs; a presence no node renews within the lease is closed, with the last time one did.
/// </summary>
[Collection(SiloCollection.Name)]
public sealed class PresenceLeaseTests(TestSilo silo)
{
    private static readonly Actor Facilitator = new("staff-f", Role.Facilitator, "Giulia");
    private static readonly TimeSpan Lease = new PresenceOptions().Lease;

    [Fact]
    public async Task APresenceWhoseNodeStopsRenewingIsClosedAfterTheLeaseWithItsLastRenewal()
    {
        var (labId, anna) = await NewLabAsync();
        var canvas = silo.Grains.GetGrain<ICanvasGrain>(labId);
        Assert.Null((await canvas.HoldPresenceAsync("node-a", anna, present: true)).Error);
        silo.Time.Advance(TimeSpan.FromSeconds(30));
        await canvas.RenewPresenceAsync("node-a", [anna.Id]);
        var renewed = silo.Time.GetUtcNow();
        Assert.Contains(labId, await silo.Grains.GetGrain<IOpenPresenceGrain>(OpenPresenceGrain.Key).ListAsync());

        // The node goes on renewing its other members but no longer Anna (her connection vanished without a leave).
        silo.Time.Advance(Lease - TimeSpan.FromSeconds(1));
        await canvas.RenewPresenceAsync("node-a", []);
        Assert.True(await IsPresentAsync(canvas, anna.Id));
        silo.Time.Advance(TimeSpan.FromSeconds(1));
        await canvas.SweepPresenceAsync();

        Assert.False(await IsPresentAsync(canvas, anna.Id));
        var leave = Assert.Single(await EventsAsync(canvas), e => e.Type == "member.leave");
        Assert.Equal(anna.Id, leave.Author);
        Assert.True(leave.At >= renewed + Lease - TimeSpan.FromMilliseconds(1), "The leave is written when the lease runs out.");
        using var payload = JsonDocument.Parse(leave.Payload);
        Assert.Equal(renewed, payload.RootElement.GetProperty("lastSeen").GetDateTimeOffset());
        Assert.DoesNotContain(labId, await silo.Grains.GetGrain<IOpenPresenceGrain>(OpenPresenceGrain.Key).ListAsync());
    }

    [Fact]
    public async Task AMemberOnTwoNodesLeavesWhenTheLastNodeLetsGo()
    {
        var (labId, anna) = await NewLabAsync();
        var canvas = silo.Grains.GetGrain<ICanvasGrain>(labId);
        await canvas.HoldPresenceAsync("node-a", anna, present: true);
        await canvas.HoldPresenceAsync("node-b", anna, present: true);

        await canvas.HoldPresenceAsync("node-a", anna, present: false);
        Assert.True(await IsPresentAsync(canvas, anna.Id));
        await canvas.HoldPresenceAsync("node-b", anna, present: false);

        Assert.False(await IsPresentAsync(canvas, anna.Id));
        var attendance = (await EventsAsync(canvas)).Where(e => e.Type is "member.join" or "member.leave").Select(e => e.Type);
        Assert.Equal(["member.join", "member.leave"], attendance);
    }

    [Fact]
    public async Task ALiveNodeKeepsItsMembersPresentAndAPresenceClosedByMistakeIsReopenedByTheNextRenewal()
    {
        var (labId, anna) = await NewLabAsync();
        var canvas = silo.Grains.GetGrain<ICanvasGrain>(labId);
        await canvas.HoldPresenceAsync("node-a", anna, present: true);
        for (var i = 0; i < 8; i++)
        {
            silo.Time.Advance(TimeSpan.FromSeconds(30));
            await canvas.RenewPresenceAsync("node-a", [anna.Id]);
        }

        Assert.True(await IsPresentAsync(canvas, anna.Id));
        Assert.DoesNotContain(await EventsAsync(canvas), e => e.Type == "member.leave");

        // The node was out of reach longer than the lease (a partition), then renews: she is online after all.
        silo.Time.Advance(Lease);
        await canvas.SweepPresenceAsync();
        Assert.False(await IsPresentAsync(canvas, anna.Id));
        await canvas.RenewPresenceAsync("node-a", [anna.Id]);

        Assert.True(await IsPresentAsync(canvas, anna.Id));
        var attendance = (await EventsAsync(canvas)).Where(e => e.Type is "member.join" or "member.leave").Select(e => e.Type);
        Assert.Equal(["member.join", "member.leave", "member.join"], attendance);
    }

    private async Task<(string LabId, MemberProfile Anna)> NewLabAsync()
    {
        var labId = Ids.New("lab-");
        var created = await silo.Grains.GetGrain<ILaboratorioGrain>(labId).CreateAsync(Facilitator,
            new LabDefinition("Lab di prova", "Giovani", "", "", "", "Pisa", Templates.Default));
        Assert.Null(created.Error);
        var enrolled = await silo.Grains.GetGrain<ILaboratorioGrain>(labId).EnrolAsync(new ParticipantProfile("Anna", "Coop", Sector.TerzoSettore));
        return (labId, new MemberProfile(enrolled.ParticipantId!, "Anna", "Coop", Sector.TerzoSettore, Role.Participant));
    }

    private static async Task<bool> IsPresentAsync(ICanvasGrain canvas, string memberId)
    {
        using var state = JsonDocument.Parse((await canvas.GetStateAsync(CanvasCalls.Staff)).State);
        return state.RootElement.GetProperty("members").EnumerateObject().Single(m => m.Name == memberId).Value.GetProperty("present").GetBoolean();
    }

    private static async Task<List<CanvasEvent>> EventsAsync(ICanvasGrain canvas)
    {
        var events = new List<CanvasEvent>();
        EventPage page;
        do
        {
            page = await canvas.GetEventsAsync(CanvasCalls.Staff, events.Count, 1_000);
            events.AddRange(page.Events);
        }
        while (page.HasMore);
        return events;
    }
}
