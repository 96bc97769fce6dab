using System.Net;
using System.Net.Http.Headers;
using Laboratori.Tests.Web;
using Laboratori.Web.Cluster;

namespace Laboratori.Tests.Cluster;

/// <summary>Orleans' dashboard is for admins only: through a same-site cookie scoped to its path, set from an admin's token.</summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Reliability", "CA1001", Justification = "xunit disposes it through IAsyncLifetime.DisposeAsync.")]
public sealed class ClusterDashboardTests : IAsyncLifetime
{
    private const string Admin = "amministratore";
    private LabServer? _server;

    private LabServer Server => _server!;

    public Task InitializeAsync()
    {
        _server = new LabServer(new Dictionary<string, string?>
        {
            ["Auth:Staff:3:UserName"] = Admin,
            ["Auth:Staff:3:Password"] = Admin,
            ["Auth:Staff:3:DisplayName"] = "Anna Amministratrice",
            ["Auth:Staff:3:Role"] = "admin",
        });
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await Server.DisposeAsync();

    [Fact]
    public async Task AnAdminOpensTheDashboardThroughItsCookieAndNobodyElseDoes()
    {
        using var anonymous = await Server.Http.GetAsync("cluster/dashboard/");
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);

        var facilitator = await Server.StaffTokenAsync(LabServer.Facilitator);
        using (var refused = await OpenSessionAsync(facilitator))
        {
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        }

        using (var withFacilitatorCookie = await GetWithCookieAsync("cluster/dashboard/", facilitator))
        {
            Assert.Equal(HttpStatusCode.Forbidden, withFacilitatorCookie.StatusCode);
        }

        var admin = await Server.StaffTokenAsync(Admin);
        using var session = await OpenSessionAsync(admin);
        Assert.Equal(HttpStatusCode.OK, session.StatusCode);
        var cookie = Assert.Single(session.Headers.GetValues("Set-Cookie"));
        Assert.StartsWith($"{ClusterDashboard.CookieName}={admin};", cookie, StringComparison.Ordinal);
        Assert.Contains("path=/cluster/dashboard", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);

        using var page = await GetWithCookieAsync("cluster/dashboard/", admin);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);

        // The cookie opens the dashboard only: the API still wants the token in a header.
        using var api = await GetWithCookieAsync("api/cluster", admin);
        Assert.Equal(HttpStatusCode.Unauthorized, api.StatusCode);
    }

    private async Task<HttpResponseMessage> OpenSessionAsync(string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/cluster/dashboard");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await Server.Http.SendAsync(request);
    }

    private async Task<HttpResponseMessage> GetWithCookieAsync(string path, string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("Cookie", $"{ClusterDashboard.CookieName}={token}");
        return await Server.Http.SendAsync(request);
    }
}
