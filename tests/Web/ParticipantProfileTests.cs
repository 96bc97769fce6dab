using System.Net.Http.Json;
using System.Text.Json;
using Laboratori.Contracts.Participants;
using Laboratori.LoadTest.Client;
using Microsoft.Extensions.DependencyInjection;

namespace Laboratori.Tests.Web;

/// <summary>
/// A participant's profile reaches the lab from the lab's own roster, and their participant grain is written once at
/// enrolment and not kept in memory afterwards (it used to stay active for Silo:CollectionAge, one per person).
/// </summary>
[Collection(LabServerCollection.Name)]
public sealed class ParticipantProfileTests(LabServerFixture fixture)
{
    [Fact]
    public async Task JoinRecordsTheOrganisationAndSectorGivenWithTheCode()
    {
        var (lab, staffToken, join) = await EnrolAsync("Cooperativa Il Ponte", "terzo_settore");
        await using var peer = new HubPeer(await fixture.Server.ConnectAsync(join.Token), lab.Id);

        await peer.JoinAsync();

        var canvas = await fixture.Server.Api.GetAsync(staffToken, $"api/labs/{lab.Id}/canvas");
        var member = Members(canvas).GetProperty(join.ParticipantId);
        Assert.Equal(
            ("Persona con ente", "Cooperativa Il Ponte", "terzo_settore", true),
            (member.GetProperty("displayName").GetString(), member.GetProperty("organisation").GetString(), member.GetProperty("sector").GetString(),
             member.GetProperty("present").GetBoolean()));
    }

    [Fact]
    public async Task TheParticipantGrainIsNotKeptActiveAfterEnrolmentAndJoin()
    {
        var (lab, _, join) = await EnrolAsync("Comune di Prato", "ente_pubblico");
        await using var peer = new HubPeer(await fixture.Server.ConnectAsync(join.Token), lab.Id);
        await peer.JoinAsync();

        var grains = fixture.Server.Services.GetRequiredService<IGrainFactory>();
        var participant = (GrainReference)grains.GetGrain<IParticipantGrain>(join.ParticipantId);
        var management = grains.GetGrain<IManagementGrain>(0);
        var deadline = DateTime.UtcNow + Waits.Timeout;
        var active = await management.GetGrainActivationCount(participant);
        while (active != 0 && DateTime.UtcNow < deadline)
        {
            // Deactivation on idle runs just after the enrolment's call returns: wait for it, not for a fixed time.
            await Task.Delay(50);
            active = await management.GetGrainActivationCount(participant);
        }

        Assert.Equal(0, active);

        // The profile is still there for whoever asks.
        var view = await grains.GetGrain<IParticipantGrain>(join.ParticipantId).GetAsync();
        Assert.Equal(("Persona con ente", "Comune di Prato"), (view!.Profile.DisplayName, view.Profile.Organisation));
        Assert.Equal([lab.Id], view.Labs);
    }

    private async Task<(CreatedLab Lab, string StaffToken, ParticipantJoin Join)> EnrolAsync(string organisation, string sector)
    {
        var staffToken = await fixture.Server.StaffTokenAsync(LabServer.Facilitator);
        var lab = await fixture.Server.Api.CreateLabAsync(staffToken, "Profili " + Guid.NewGuid().ToString("N")[..6]);
        using var response = await fixture.Server.Http.PostAsJsonAsync(
            "api/join", new { code = lab.JoinCode, displayName = "Persona con ente", organisation, sector, privacyVersion = Laboratori.Tests.Support.PrivacyVersion.Current }, Waits.Token());
        response.EnsureSuccessStatusCode();
        var join = await response.Content.ReadFromJsonAsync<ParticipantJoin>(new JsonSerializerOptions(JsonSerializerDefaults.Web), Waits.Token());
        return (lab, staffToken, join!);
    }

    private static JsonElement Members(JsonElement canvas) =>
        canvas.TryGetProperty("state", out var state) ? state.GetProperty("members") : canvas.GetProperty("members");
}
