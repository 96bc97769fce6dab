using System.Net.Http.Json;
using System.Text.Json;
using Laboratori.LoadTest.Client;
using Laboratori.Tests.Web;
using Microsoft.Playwright;

namespace Laboratori.Tests.Browser;

/// <summary>What the browser tests of a lab's screens set up alike: staff signed in to a context, participants joined on the hub.</summary>
internal static class StaffPages
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Signs <paramref name="userName"/> (whose password is the user name, as the test server's staff) in to every page of the context.</summary>
    public static async Task SignInAsync(IBrowserContext context, LabServer server, string userName)
    {
        var login = await server.Api.LoginAsync(userName, userName);
        await context.AddInitScriptAsync($"localStorage.setItem('laboratori.staff', {JsonSerializer.Serialize(JsonSerializer.Serialize(login, Json))});");
    }

    /// <summary>A participant who joins with the lab's code as <paramref name="organisation"/> of <paramref name="sector"/>, connected and joined on the hub.</summary>
    public static async Task<(HubPeer Peer, string Token)> JoinAsync(LabServer server, CreatedLab lab, string name, string organisation, string sector)
    {
        using var response = await server.Http.PostAsJsonAsync("api/join", new { code = lab.JoinCode, displayName = name, organisation, sector, privacyVersion = Support.PrivacyVersion.Current });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        var token = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString()!;
        var peer = new HubPeer(await server.ConnectAsync(token), lab.Id);
        await peer.JoinAsync();
        return (peer, token);
    }
}
