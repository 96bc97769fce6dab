using Laboratori.Grains.Labs;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Runtime;

namespace Laboratori.Tests.Web;

/// <summary>
/// <c>GET /api/labs</c> answers from the directory's summaries, which each lab keeps current, without activating a
/// single lab grain. A server of its own: the activation count must not see other tests' labs.
/// </summary>
public sealed class LabListingTests
{
    [Fact]
    public async Task ListingLabsActivatesNoLabGrainAndShowsTheirCurrentSummary()
    {
        await using var server = new LabServer();
        var staff = await server.StaffTokenAsync(LabServer.Facilitator);
        var open = await server.Api.CreateLabAsync(staff, "Aperto");
        var closed = await server.Api.CreateLabAsync(staff, "Chiuso");
        await server.Api.JoinAsync(open.JoinCode, "Anna");
        await server.Api.JoinAsync(open.JoinCode, "Bruno");
        // One more on the list, added by staff: the listing counts the list ("3 adesioni"), not only who came with the code.
        var added = await Laboratori.Tests.Accounts.ApiCall.SendAsync(server.Http, HttpMethod.Post, $"/api/labs/{open.Id}/adesioni", staff, new { displayName = "Carla Neri" });
        Assert.Equal(System.Net.HttpStatusCode.Created, added.Status);
        using (var close = new HttpRequestMessage(HttpMethod.Post, $"api/labs/{closed.Id}/close") { Content = System.Net.Http.Json.JsonContent.Create(new { closed = true }) })
        {
            close.Headers.Authorization = new("Bearer", staff);
            using var answer = await server.Http.SendAsync(close);
            answer.EnsureSuccessStatusCode();
        }

        var management = server.Services.GetRequiredService<IGrainFactory>().GetGrain<IManagementGrain>(0);
        await management.ForceActivationCollection(TimeSpan.Zero);
        // Collection runs in the background: wait for it to have deactivated every lab.
        for (var deadline = DateTime.UtcNow + Waits.Timeout; await LabActivationsAsync(management) > 0;)
        {
            Assert.True(DateTime.UtcNow < deadline, "the lab grains were never collected");
            await Task.Delay(50);
        }

        var listed = await server.Api.GetAsync(staff, "api/labs");

        Assert.Equal(0, await LabActivationsAsync(management));
        var byId = listed.EnumerateArray().ToDictionary(l => l.GetProperty("id").GetString()!);
        Assert.Equal((3, false), (byId[open.Id].GetProperty("enrolled").GetInt32(), byId[open.Id].GetProperty("closed").GetBoolean()));
        Assert.Equal((0, true), (byId[closed.Id].GetProperty("enrolled").GetInt32(), byId[closed.Id].GetProperty("closed").GetBoolean()));
    }

    private static async Task<int> LabActivationsAsync(IManagementGrain management) =>
        (await management.GetDetailedGrainStatistics()).Count(s => s.GrainType.EndsWith("." + nameof(LaboratorioGrain), StringComparison.Ordinal));
}
