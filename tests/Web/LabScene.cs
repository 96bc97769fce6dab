using Laboratori.LoadTest.Client;

namespace Laboratori.Tests.Web;

/// <summary>A fresh lab created by "facilitatore" over REST, with participants joined by its code, all connected and joined on the hub.</summary>
public sealed class LabScene : IAsyncDisposable
{
    private LabScene(LabServer server, CreatedLab lab, HubPeer facilitator, IReadOnlyList<HubPeer> participants, IReadOnlyList<ParticipantJoin> joins)
    {
        Server = server;
        Lab = lab;
        Facilitator = facilitator;
        Participants = participants;
        Joins = joins;
    }

    public LabServer Server { get; }

    public CreatedLab Lab { get; }

    public HubPeer Facilitator { get; }

    public IReadOnlyList<HubPeer> Participants { get; }

    public IReadOnlyList<ParticipantJoin> Joins { get; }

    /// <summary>
    /// Sets up the lab (with <paramref name="templateId"/>, or the default template); with <paramref name="phase"/> the
    /// facilitator moves it there before returning.
    /// </summary>
    public static async Task<LabScene> StartAsync(LabServer server, int participants = 2, string? phase = "libera", string? templateId = null)
    {
        var staffToken = await server.StaffTokenAsync(LabServer.Facilitator);
        var title = "Laboratorio di prova " + Guid.NewGuid().ToString("N")[..6];
        var lab = templateId is null ? await server.Api.CreateLabAsync(staffToken, title) : await server.Api.CreateLabAsync(staffToken, title, templateId);
        var facilitator = new HubPeer(await server.ConnectAsync(staffToken), lab.Id);
        await facilitator.JoinAsync();
        var joins = new List<ParticipantJoin>();
        var peers = new List<HubPeer>();
        for (var i = 0; i < participants; i++)
        {
            var join = await server.Api.JoinAsync(lab.JoinCode, $"Partecipante {(char)('A' + i)}");
            joins.Add(join);
            var peer = new HubPeer(await server.ConnectAsync(join.Token), lab.Id);
            await peer.JoinAsync();
            peers.Add(peer);
        }

        if (phase is not null)
        {
            await facilitator.ApplyOkAsync("lab.phase", Payloads.Phase(phase));
        }

        return new LabScene(server, lab, facilitator, peers, joins);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var peer in Participants)
        {
            await peer.DisposeAsync();
        }

        await Facilitator.DisposeAsync();
    }
}
