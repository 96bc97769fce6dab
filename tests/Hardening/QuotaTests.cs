using System.Net;
using Laboratori.Tests.Accounts;
using Laboratori.Tests.Web;

namespace Laboratori.Tests.Hardening;

/// <summary>Its own node with small quotas: connections per member and per address, labs created per account per hour.</summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Reliability", "CA1001", Justification = "xunit disposes it through IAsyncLifetime.DisposeAsync.")]
public sealed class QuotaTests : IAsyncLifetime
{
    private readonly LabServer _server = new(new Dictionary<string, string?>
    {
        ["Quotas:MaxConnectionsPerMember"] = "2",
        ["Quotas:LabsPerAccountPerHour"] = "2",
    });

    [Fact]
    public async Task AMembersConnectionBeyondTheQuotaIsClosedWithQuotaExceededAndOneClosedFreesASlot()
    {
        var token = await _server.StaffTokenAsync(LabServer.Trainer);
        await using var first = await _server.ConnectAsync(token);
        var second = await _server.ConnectAsync(token);
        await using var third = await _server.ConnectAsync(token);

        var refused = await third.Closed.WaitAsync(Waits.Timeout);
        await second.DisposeAsync();
        await using var fourth = await AcceptedAsync(_server, token);
        var stillUsable = await first.InvokeAsync("CatchUp", "lab-x", 0L).Within();

        Assert.StartsWith("Connection closed with an error. HubException: quota_exceeded", refused, StringComparison.Ordinal);
        Assert.Equal("not_in_lab", stillUsable.GetProperty("error").GetProperty("code").GetString());
        Assert.False(fourth.Closed.IsCompleted);
    }

    [Fact]
    public async Task ConnectionsFromOneAddressBeyondTheQuotaAreRefused()
    {
        await using var server = new LabServer(new Dictionary<string, string?> { ["Quotas:MaxConnectionsPerAddress"] = "4" });
        var lab = await server.Api.CreateLabAsync(await server.StaffTokenAsync(LabServer.Facilitator), "Quota per indirizzo");
        var clients = new List<Laboratori.LoadTest.Client.HubClient>();
        try
        {
            // Four people, each with a token of their own, from one address: the node's only connections.
            for (var i = 0; i < 4; i++)
            {
                clients.Add(await AcceptedAsync(server, (await server.Api.JoinAsync(lab.JoinCode, $"Persona {i}")).Token));
            }

            await using var fifth = await server.ConnectAsync((await server.Api.JoinAsync(lab.JoinCode, "Quinta persona")).Token);
            var refused = await fifth.Closed.WaitAsync(Waits.Timeout);

            Assert.StartsWith("Connection closed with an error. HubException: quota_exceeded", refused, StringComparison.Ordinal);
        }
        finally
        {
            foreach (var client in clients)
            {
                await client.DisposeAsync();
            }
        }
    }

    [Fact]
    public async Task AnAccountCreatesLabsUpToItsHourlyQuotaThenGetsQuotaExceeded()
    {
        var token = await _server.StaffTokenAsync(LabServer.Facilitator);

        var statuses = new List<HttpStatusCode>();
        ApiCall? last = null;
        for (var i = 0; i < 3; i++)
        {
            last = await ApiCall.SendAsync(_server.Http, HttpMethod.Post, "/api/labs", token, new { title = $"Laboratorio {i}" });
            statuses.Add(last.Status);
        }

        var other = await ApiCall.SendAsync(_server.Http, HttpMethod.Post, "/api/labs", await _server.StaffTokenAsync(LabServer.OtherFacilitator), new { title = "Di un altro account" });

        Assert.Equal([HttpStatusCode.Created, HttpStatusCode.Created, (HttpStatusCode)429], statuses);
        Assert.Equal("quota_exceeded", last!.Code);
        Assert.Equal(HttpStatusCode.Created, other.Status);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _server.DisposeAsync().AsTask();

    /// <summary>
    /// A connection the server has accepted (a round trip came back on it). The server counts a closed connection out
    /// when it has processed the close, so a slot freed by the test may take a moment: try again until then.
    /// </summary>
    private static async Task<Laboratori.LoadTest.Client.HubClient> AcceptedAsync(LabServer server, string token)
    {
        using var cancel = new CancellationTokenSource(Waits.Timeout);
        while (true)
        {
            var client = await server.ConnectAsync(token);
            var answered = client.InvokeAsync("CatchUp", "lab-x", 0L);
            if (await Task.WhenAny(answered, client.Closed).WaitAsync(cancel.Token) == answered && answered.IsCompletedSuccessfully)
            {
                return client;
            }

            await client.DisposeAsync();
        }
    }
}
