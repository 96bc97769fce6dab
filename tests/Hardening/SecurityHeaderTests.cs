using System.Net;
using System.Net.Http.Headers;
using Laboratori.Tests.Web;
using Laboratori.Web.Hosting;

namespace Laboratori.Tests.Hardening;

/// <summary>Every response carries the security headers, errors included, and no <c>Server</c> header; the node says whether it is alive and ready.</summary>
[Collection(LabServerCollection.Name)]
public sealed class SecurityHeaderTests(LabServerFixture fixture)
{
    private LabServer Server => fixture.Server;

    [Theory]
    [InlineData("/")]
    [InlineData("/api/templates")]
    [InlineData("/api/no-such-thing")]
    [InlineData("/api/labs")]
    public async Task EveryResponseCarriesTheSecurityHeaders(string path)
    {
        using var response = await Server.Http.GetAsync(path);

        Assert.Equal(SecurityHeaders.ContentSecurityPolicy, Single(response, "Content-Security-Policy"));
        Assert.Equal("nosniff", Single(response, "X-Content-Type-Options"));
        Assert.Equal("DENY", Single(response, "X-Frame-Options"));
        Assert.Equal("no-referrer", Single(response, "Referrer-Policy"));
        Assert.Equal(SecurityHeaders.PermissionsPolicy, Single(response, "Permissions-Policy"));
        Assert.False(response.Headers.Contains("Server"));
        Assert.Contains("frame-ancestors 'none'", SecurityHeaders.ContentSecurityPolicy, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ThePrintableSynthesisHasItsOwnPolicyWithoutScript()
    {
        await using var scene = await LabScene.StartAsync(Server, participants: 0, phase: null);
        using var request = new HttpRequestMessage(HttpMethod.Get, $"api/labs/{scene.Lab.Id}/export/synthesis?format=html");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await Server.StaffTokenAsync(LabServer.Facilitator));

        using var response = await Server.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(SecurityHeaders.PrintablePagePolicy, Single(response, "Content-Security-Policy"));
        Assert.DoesNotContain("script", SecurityHeaders.PrintablePagePolicy, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/healthz")]
    [InlineData("/readyz")]
    public async Task TheNodeIsAliveAndReady(string path)
    {
        using var response = await Server.Http.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    private static string Single(HttpResponseMessage response, string header) =>
        Assert.Single(response.Headers.TryGetValues(header, out var values) ? values : response.Content.Headers.TryGetValues(header, out var content) ? content : []);
}
