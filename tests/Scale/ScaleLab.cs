using Laboratori.LoadTest.Client;
using Laboratori.Tests.Web;

namespace Laboratori.Tests.Scale;

/// <summary>A lab made through <paramref name="url"/> (a node or the proxy), in the free phase, with participants enrolled.</summary>
public sealed record ScaleLab(string Id, string StaffToken, IReadOnlyList<string> ParticipantTokens)
{
    /// <summary>The hub path a lab's clients use, with the lab named for the proxy's hash.</summary>
    public string HubPath => $"hubs/lab?lab={Uri.EscapeDataString(Id)}";

    public static async Task<ScaleLab> CreateAsync(Uri url, int participants)
    {
        using var http = new HttpClient { BaseAddress = url };
        var api = new LabApiClient(http);
        var staffToken = (await api.LoginAsync("facilitatore", "segreta-di-prova")).Token;
        var lab = await api.CreateLabAsync(staffToken, "Lab su più nodi");
        var tokens = new List<string>();
        for (var i = 0; i < participants; i++)
        {
            tokens.Add((await api.JoinAsync(lab.JoinCode, $"Partecipante {i}")).Token);
        }

        await using var staff = new HubPeer(await HubClient.ConnectAsync(url, staffToken, $"hubs/lab?lab={lab.Id}"), lab.Id);
        await staff.JoinAsync();
        await staff.ApplyOkAsync("lab.phase", Payloads.Phase("libera"));
        return new ScaleLab(lab.Id, staffToken, tokens);
    }

    /// <summary>A participant's connection to the lab through <paramref name="url"/>, joined.</summary>
    public async Task<HubPeer> ConnectAsync(Uri url, int participant)
    {
        var peer = new HubPeer(await HubClient.ConnectAsync(url, ParticipantTokens[participant], HubPath), Id);
        var reply = await peer.JoinAsync();
        Assert.Equal(System.Text.Json.JsonValueKind.Null, reply.GetProperty("error").ValueKind);
        return peer;
    }
}
