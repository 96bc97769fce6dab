using System.Net.Http.Headers;
using System.Text.Json;
using Laboratori.Tests.Web;

namespace Laboratori.Tests.Hardening;

/// <summary>X-Forwarded-* count only from a configured trusted proxy: the scheme of join links shows which was believed.</summary>
public sealed class TrustedProxyTests
{
    [Theory]
    [InlineData(null, "http://")]
    [InlineData("127.0.0.1", "https://")]
    [InlineData("127.0.0.0/8", "https://")]
    [InlineData("10.1.2.3", "http://")]
    public async Task ForwardedHeadersCountOnlyFromATrustedProxy(string? trusted, string linkStart)
    {
        await using var server = new LabServer(trusted is null ? null : new Dictionary<string, string?> { ["Network:TrustedProxies:0"] = trusted });
        var token = await server.StaffTokenAsync(LabServer.Facilitator);
        var lab = await server.Api.CreateLabAsync(token, "Dietro il proxy");
        using var request = new HttpRequestMessage(HttpMethod.Get, $"api/labs/{lab.Id}/join-code");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        request.Headers.Add("X-Forwarded-Proto", "https");
        request.Headers.Add("X-Forwarded-For", "203.0.113.9");

        using var response = await server.Http.SendAsync(request);
        using var view = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.StartsWith(linkStart, view.RootElement.GetProperty("joinLink").GetString(), StringComparison.Ordinal);
    }
}
