using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Laboratori.Tests.Accounts;
using Laboratori.Tests.Web;

namespace Laboratori.Tests.Hardening;

/// <summary>The Prometheus endpoint: admins only, and its instruments move with what the node does.</summary>
[Collection(SoloCollection.Name)]
public sealed partial class MetricsEndpointTests(AccountServerFixture fixture) : IClassFixture<AccountServerFixture>
{
    [Fact]
    public async Task OnlyAnAdminMayScrapeTheMetrics()
    {
        var server = fixture.Server;

        var anonymous = await server.CallAsync(HttpMethod.Get, "/metrics");
        var facilitator = await server.CallAsync(HttpMethod.Get, "/metrics", await server.Server.StaffTokenAsync(LabServer.Facilitator));
        var coordinator = await server.CallAsync(HttpMethod.Get, "/metrics", await server.TokenAsync(AccountServer.Coordinator));
        var admin = await ScrapeAsync();

        Assert.Equal<(HttpStatusCode, string?)>((HttpStatusCode.Unauthorized, "unauthorized"), (anonymous.Status, anonymous.Code));
        Assert.Equal<(HttpStatusCode, string?)>((HttpStatusCode.Forbidden, "forbidden"), (facilitator.Status, facilitator.Code));
        Assert.Equal<(HttpStatusCode, string?)>((HttpStatusCode.Forbidden, "forbidden"), (coordinator.Status, coordinator.Code));
        Assert.Contains("# TYPE orleans_catalog_activations", admin, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConnectionsOperationsLatencyAndErrorsMoveWithTheRoom()
    {
        var before = Parse(await ScrapeAsync());
        await using var scene = await LabScene.StartAsync(fixture.Server.Server, participants: 1);
        await scene.Participants[0].ApplyOkAsync("card.add", Payloads.AddCard("metrica-1", "Una scheda contata"));
        var refused = await scene.Participants[0].ApplyAsync("card.add", Payloads.AddCard("metrica-1", "Di nuovo lo stesso id"));
        var missing = await fixture.Server.CallAsync(HttpMethod.Get, "/api/labs/lab-inesistente", await fixture.Server.Server.StaffTokenAsync(LabServer.Facilitator));

        // The exporter may answer from a cache for a moment: wait until the scrape shows the last call's error.
        var after = before;
        using var cancel = new CancellationTokenSource(Waits.Timeout);
        while (Value(after, "laboratori_errors_total", "code=\"lab_not_found\"") == Value(before, "laboratori_errors_total", "code=\"lab_not_found\""))
        {
            cancel.Token.ThrowIfCancellationRequested();
            after = Parse(await ScrapeAsync());
        }

        Assert.Equal("id_taken", refused.GetProperty("error").GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.NotFound, missing.Status);
        Assert.Equal(2, Value(after, "laboratori_hub_connections", null) - Value(before, "laboratori_hub_connections", null));
        // The facilitator's lab.phase and the participant's card: two applied; the second card: one refused.
        Assert.Equal(2, Value(after, "laboratori_operations_total", "outcome=\"applied\"") - Value(before, "laboratori_operations_total", "outcome=\"applied\""));
        Assert.Equal(1, Value(after, "laboratori_operations_total", "outcome=\"refused\"") - Value(before, "laboratori_operations_total", "outcome=\"refused\""));
        Assert.Equal(3, Value(after, "laboratori_operation_duration_seconds_count", null) - Value(before, "laboratori_operation_duration_seconds_count", null));
        Assert.Equal(1, Value(after, "laboratori_errors_total", "code=\"id_taken\"") - Value(before, "laboratori_errors_total", "code=\"id_taken\""));
        Assert.Equal(1, Value(after, "laboratori_errors_total", "code=\"lab_not_found\"") - Value(before, "laboratori_errors_total", "code=\"lab_not_found\""));
    }

    private async Task<string> ScrapeAsync()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/metrics");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await fixture.Server.TokenAsync(AccountServer.Admin));
        using var response = await fixture.Server.Http.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>Each sample line of the exposition format: name, labels (without braces) and value.</summary>
    private static List<(string Name, string Labels, double Value)> Parse(string text) =>
        [.. text.Split('\n').Select(l => Sample().Match(l)).Where(m => m.Success)
            .Select(m => (m.Groups["name"].Value, m.Groups["labels"].Value, double.Parse(m.Groups["value"].Value, CultureInfo.InvariantCulture)))];

    /// <summary>The sum of the samples of <paramref name="name"/> whose labels contain <paramref name="label"/> (all when null); 0 when none.</summary>
    private static double Value(List<(string Name, string Labels, double Value)> samples, string name, string? label) =>
        samples.Where(s => s.Name == name && (label is null || s.Labels.Contains(label, StringComparison.Ordinal))).Sum(s => s.Value);

    [GeneratedRegex(@"^(?<name>[a-zA-Z_:][a-zA-Z0-9_:]*)(\{(?<labels>[^}]*)\})?\s+(?<value>[-+0-9.eE]+|NaN)(\s+\d+)?$")]
    private static partial Regex Sample();
}
