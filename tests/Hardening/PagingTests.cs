using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Laboratori.Tests.Accounts;
using Laboratori.Tests.Web;

namespace Laboratori.Tests.Hardening;

/// <summary>Every list endpoint pages with <c>?limit=&amp;offset=</c>: the page in the body, the total and the next page in headers.</summary>
public sealed class PagingTests(AccountServerFixture fixture) : IClassFixture<AccountServerFixture>
{
    [Fact]
    public async Task TheLabListComesInPagesThatAddUpToTheWholeList()
    {
        var token = await fixture.Server.TokenAsync(AccountServer.Admin);
        for (var i = 0; i < 3; i++)
        {
            await fixture.Server.Server.Api.CreateLabAsync(token, $"Pagina {i}");
        }

        var (whole, wholeHeaders) = await GetAsync("/api/labs", token);
        var (first, firstHeaders) = await GetAsync("/api/labs?limit=2", token);
        var (second, secondHeaders) = await GetAsync(NextOf(firstHeaders)!, token);
        var all = Ids(whole);

        Assert.Equal(all.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), Total(wholeHeaders));
        Assert.Null(NextOf(wholeHeaders));
        Assert.Equal(all.Take(2), Ids(first));
        Assert.Equal(Total(wholeHeaders), Total(firstHeaders));
        Assert.Equal("/api/labs?offset=2&limit=2", NextOf(firstHeaders));
        Assert.Equal(all.Skip(2).Take(2), Ids(second));
    }

    [Theory]
    [InlineData("/api/labs")]
    [InlineData("/api/programmes")]
    [InlineData("/api/sedi")]
    [InlineData("/api/staff")]
    public async Task EveryListTakesLimitAndOffset(string path)
    {
        var token = await fixture.Server.TokenAsync(AccountServer.Admin);

        var (whole, wholeHeaders) = await GetAsync(path, token);
        var (page, headers) = await GetAsync(path + "?limit=1&offset=0", token);

        Assert.Equal(whole.GetArrayLength().ToString(System.Globalization.CultureInfo.InvariantCulture), Total(wholeHeaders));
        Assert.Equal(Total(wholeHeaders), Total(headers));
        Assert.Equal(Math.Min(1, whole.GetArrayLength()), page.GetArrayLength());
        Assert.Equal(whole.EnumerateArray().Take(1).Select(e => e.GetRawText()), page.EnumerateArray().Select(e => e.GetRawText()));
    }

    [Theory]
    [InlineData("limit=0")]
    [InlineData("limit=501")]
    [InlineData("limit=abc")]
    [InlineData("offset=-1")]
    [InlineData("limit=1&limit=2")]
    public async Task ABadPageIsABadRequestThatSaysTheBounds(string query)
    {
        var call = await fixture.Server.CallAsync(HttpMethod.Get, "/api/labs?" + query, await fixture.Server.TokenAsync(AccountServer.Admin));

        Assert.Equal<(HttpStatusCode, string?)>((HttpStatusCode.BadRequest, "bad_request"), (call.Status, call.Code));
        Assert.EndsWith("Paging: 1 ≤ limit ≤ 500, offset ≥ 0.", call.Body.GetProperty("messageEn").GetString(), StringComparison.Ordinal);
    }

    private async Task<(JsonElement Body, HttpResponseHeaders Headers)> GetAsync(string path, string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await fixture.Server.Http.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone(), response.Headers);
    }

    private static List<string> Ids(JsonElement labs) => [.. labs.EnumerateArray().Select(l => l.GetProperty("id").GetString()!)];

    private static string? Total(HttpResponseHeaders headers) => headers.TryGetValues("X-Total-Count", out var values) ? values.Single() : null;

    private static string? NextOf(HttpResponseHeaders headers) =>
        headers.TryGetValues("Link", out var values) ? values.Single().Split('>')[0].TrimStart('<') : null;
}
