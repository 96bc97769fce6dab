using System.IO.Compression;
using System.Net;
using System.Text;
using Laboratori.Tests.Accounts;

namespace Laboratori.Tests.Attendance;

/// <summary>
/// After an erasure the register, hours and certificates of a placed lab (every format) name the person only by their
/// pseudonym, and count the same hours: erasure changes who is named, not what happened.
/// </summary>
public sealed class ErasureExportTests(LongRegisterServerFixture fixture) : IClassFixture<LongRegisterServerFixture>
{
    private AccountServer Server => fixture.Server;

    [Fact]
    public async Task RegistersHoursAndCertificatesShowThePseudonymAndTheSameHours()
    {
        var (s, incontri, people) = await new HoursApiTests(fixture).FixtureAsync("er1");
        var coordinator = await Server.TokenAsync(s.Coordinator, AccountServer.GoodPassword);
        var before = Hours(await Server.CallAsync(HttpMethod.Get, $"/api/labs/{s.Lab}/hours", coordinator));
        var lucia = (await Server.CallAsync(HttpMethod.Get, $"/api/labs/{s.Lab}/adesioni", coordinator)).Body.EnumerateArray()
            .Single(a => a.GetProperty("memberId").GetString() == people[0]);
        Assert.Contains("Lucia Bianchi", await TextAsync($"/api/labs/{s.Lab}/certificates", coordinator), StringComparison.Ordinal);

        var erased = await Server.CallAsync(HttpMethod.Post, $"/api/labs/{s.Lab}/adesioni/{lucia.GetProperty("id").GetString()}/erase", coordinator);
        Assert.Equal(HttpStatusCode.OK, erased.Status);
        var pseudonym = erased.Body.GetProperty("pseudonym").GetString()!;
        Assert.Matches("^Partecipante [0-9]+$", pseudonym);

        Assert.Equal(before, Hours(await Server.CallAsync(HttpMethod.Get, $"/api/labs/{s.Lab}/hours", coordinator)));
        var paths = new List<string>
        {
            $"/api/labs/{s.Lab}/adesioni", $"/api/labs/{s.Lab}/hours", $"/api/labs/{s.Lab}/hours/export?format=csv", $"/api/labs/{s.Lab}/hours/export?format=xlsx",
            $"/api/labs/{s.Lab}/certificates", $"/api/edizioni/{s.Edizione}/register?format=csv", $"/api/edizioni/{s.Edizione}/register?format=xlsx",
            $"/api/labs/{s.Lab}/export/attendance",
        };
        foreach (var incontro in incontri)
        {
            paths.AddRange([$"/api/incontri/{incontro}/register", $"/api/incontri/{incontro}/register/export?format=csv", $"/api/incontri/{incontro}/register/export?format=xlsx", $"/api/incontri/{incontro}/register/export?format=html"]);
        }

        foreach (var path in paths)
        {
            var text = await TextAsync(path, coordinator);
            Assert.False(text.Contains("Lucia", StringComparison.Ordinal) || text.Contains("Bianchi", StringComparison.Ordinal), $"{path} still names her.");
        }

        var certificates = await TextAsync($"/api/labs/{s.Lab}/certificates", coordinator);
        Assert.Contains(pseudonym, certificates, StringComparison.Ordinal);
        Assert.Contains("per 9 ore su 12 previste (75%)", certificates, StringComparison.Ordinal);
        Assert.Contains(pseudonym, await TextAsync($"/api/labs/{s.Lab}/hours/export?format=csv", coordinator), StringComparison.Ordinal);
    }

    private static string Hours(ApiCall hours) => string.Join("; ", hours.Body.GetProperty("people").EnumerateArray()
        .Select(p => $"{p.GetProperty("person").GetProperty("memberId").GetString()} {p.GetProperty("hours").GetDecimal()} {p.GetProperty("share").GetDecimal()} {p.GetProperty("idoneo").GetBoolean()}")
        .Order(StringComparer.Ordinal));

    /// <summary>The answer as text; a workbook's text is that of its parts (the zip's XML), where names would be.</summary>
    private async Task<string> TextAsync(string path, string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        using var response = await Server.Http.SendAsync(request);
        Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode}");
        var bytes = await response.Content.ReadAsByteArrayAsync();
        if (bytes is not [(byte)'P', (byte)'K', ..])
        {
            return Encoding.UTF8.GetString(bytes);
        }

        using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
        var text = new StringBuilder();
        foreach (var entry in zip.Entries)
        {
            using var reader = new StreamReader(entry.Open(), Encoding.UTF8);
            text.Append(await reader.ReadToEndAsync());
        }

        return text.ToString();
    }
}
