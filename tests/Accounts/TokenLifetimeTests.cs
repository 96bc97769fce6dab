using System.Net;
using Laboratori.Tests.Web;

namespace Laboratori.Tests.Accounts;

/// <summary>Tokens end: a hub connection opened before its token expired is closed when it does.</summary>
public sealed class TokenLifetimeTests
{
    [Fact]
    public async Task AnExpiredStaffTokenClosesTheHubConnectionItOpenedAndIsRefusedOverRest()
    {
        await using var server = new AccountServer(new Dictionary<string, string?> { ["Auth:StaffTokenLifetime"] = "00:00:04", ["Auth:ClockSkew"] = "00:00:00" });
        var token = await server.TokenAsync(LabServer.Facilitator);
        await using var hub = await server.Server.ConnectAsync(token);
        Assert.False(hub.Closed.IsCompleted);

        // SignalR checks the expiry on its heartbeat; generous, since the machine may be loaded.
        await hub.Closed.WaitAsync(TimeSpan.FromSeconds(60));

        Assert.Equal((HttpStatusCode.Unauthorized, "unauthorized"), ((await server.CallAsync(HttpMethod.Get, "/api/labs", token)).Status, (await server.CallAsync(HttpMethod.Get, "/api/labs", token)).Code));
    }
}
