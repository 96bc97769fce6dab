using System.Net;
using Laboratori.Tests.Accounts;
using Laboratori.Tests.Support;
using Laboratori.Tests.Web;
using Laboratori.Web.Attendance;
using Microsoft.Extensions.DependencyInjection;

namespace Laboratori.Tests.Attendance;

/// <summary>
/// A node reads a lab's list of people once per version of it, and again after any change to it (added, erased): the
/// save that changes a row moves the lab grain's version, so no node names people from an older list.
/// </summary>
public sealed class RosterNamesTests
{
    [Fact]
    public async Task NamesAreReadOncePerVersionOfTheListAndAgainAfterEveryChange()
    {
        await using var server = new LabServer();
        var staff = await server.StaffTokenAsync(LabServer.Facilitator);
        var lab = await server.Api.CreateLabAsync(staff, "Nomi dal registro");
        var names = server.Services.GetRequiredService<RosterNames>();
        var joined = await ApiCall.SendAsync(server.Http, HttpMethod.Post, "/api/join", null,
            new { code = lab.JoinCode, displayName = "Rosalba Cantarutti", organisation = "Auser", sector = "terzo_settore", privacyVersion = PrivacyVersion.Current });
        Assert.Equal(HttpStatusCode.OK, joined.Status);
        var member = joined.Body.GetProperty("participantId").GetString()!;

        var reads = names.Reads;
        Assert.Equal("Rosalba Cantarutti", (await names.ForLabAsync(lab.Id))[member]);
        Assert.Equal("Rosalba Cantarutti", (await names.ForLabAsync(lab.Id))[member]);
        Assert.Equal(reads + 1, names.Reads);

        var added = await ApiCall.SendAsync(server.Http, HttpMethod.Post, $"/api/labs/{lab.Id}/adesioni", staff, new { displayName = "Ippolito Nievo" });
        Assert.Equal(HttpStatusCode.Created, added.Status);
        Assert.Contains("Ippolito Nievo", (await names.ForLabAsync(lab.Id)).Values);
        Assert.Equal(reads + 2, names.Reads);

        var list = await ApiCall.SendAsync(server.Http, HttpMethod.Get, $"/api/labs/{lab.Id}/adesioni", staff);
        var row = list.Body.EnumerateArray().Single(a => a.GetProperty("displayName").GetString() == "Rosalba Cantarutti").GetProperty("id").GetString();
        var erased = await ApiCall.SendAsync(server.Http, HttpMethod.Post, $"/api/labs/{lab.Id}/adesioni/{row}/erase", staff);
        Assert.Equal(HttpStatusCode.OK, erased.Status);
        var pseudonym = erased.Body.GetProperty("pseudonym").GetString();
        Assert.StartsWith("Partecipante ", pseudonym, StringComparison.Ordinal);
        Assert.Equal(pseudonym, (await names.ForLabAsync(lab.Id))[member]);
        Assert.DoesNotContain("Rosalba Cantarutti", (await names.ForLabAsync(lab.Id)).Values);
        Assert.Equal(reads + 3, names.Reads);
    }
}
