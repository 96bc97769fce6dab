using System.Net;
using System.Text;
using Laboratori.Tests.Accounts;
using Laboratori.Tests.Support;
using Laboratori.Tests.Web;

namespace Laboratori.Tests.Attendance;

/// <summary>
/// Erasure of a person (docs/attendance.md, "Erasure"): their name and e-mail are nowhere in the SQLite file, its
/// write-ahead log or any export afterwards, while the log, its replay and every count stay as they were.
/// </summary>
public sealed class ErasureTests
{
    private const string Name = "Ermenegilda Zanardelli";
    private const string Email = "ermenegilda.zanardelli@example.org";
    private const string WalkIn = "Teodolinda Quarantotto";

    [Fact]
    public async Task AnErasedPersonLeavesNoNameInTheStoreOrExportsAndTheReplayAndCountsStayTheSame()
    {
        await using var server = new LabServer();
        var staff = await server.StaffTokenAsync(LabServer.Facilitator);
        var lab = await server.Api.CreateLabAsync(staff, "Cancellazione");
        await using var facilitator = new HubPeer(await server.ConnectAsync(staff), lab.Id);
        await facilitator.JoinAsync();
        await facilitator.ApplyOkAsync("lab.phase", Payloads.Phase("libera"));

        // One person enrolled by hand with an e-mail, who comes in with her personal link; one who walks in with the code.
        var added = await Call(server, HttpMethod.Post, $"/api/labs/{lab.Id}/adesioni", staff, new { displayName = Name, organisation = "Comune di Lucca", sector = "ente_pubblico", email = Email });
        Assert.Equal(HttpStatusCode.Created, added.Status);
        var adherentId = added.Body.GetProperty("id").GetString()!;
        var link = new Uri((await Call(server, HttpMethod.Post, $"/api/labs/{lab.Id}/adesioni/{adherentId}/link", staff)).Body.GetProperty("link").GetString()!);
        var personal = await Call(server, HttpMethod.Post, "/api/join/personal", null, new { token = link.AbsolutePath["/entra/".Length..], privacyVersion = PrivacyVersion.Current });
        Assert.Equal(HttpStatusCode.OK, personal.Status);
        var walkIn = await Call(server, HttpMethod.Post, "/api/join", null, new { code = lab.JoinCode, displayName = WalkIn, organisation = "Auser", sector = "terzo_settore", privacyVersion = PrivacyVersion.Current });
        Assert.Equal(HttpStatusCode.OK, walkIn.Status);

        foreach (var (token, card) in new[] { (personal.Body.GetProperty("token").GetString(), "c-e1"), (walkIn.Body.GetProperty("token").GetString(), "c-e2") })
        {
            await using var peer = new HubPeer(await server.ConnectAsync(token), lab.Id);
            await peer.JoinAsync();
            await peer.ApplyOkAsync("card.add", Payloads.AddCard(card, "Servono più alloggi " + card));
            await peer.ApplyOkAsync("vote.cast", new { cardId = card });
        }

        // Both have left (their connections closed): nothing more is written for them before or after the erasure.
        await LeftAsync(server, lab.Id, staff, personal.Body.GetProperty("participantId").GetString()!, walkIn.Body.GetProperty("participantId").GetString()!);

        // Named as ever while she is in the roster: live state and replay resolve names through it.
        var canvas = await Call(server, HttpMethod.Get, $"/api/labs/{lab.Id}/canvas", staff);
        Assert.Contains(Name, canvas.Body.GetRawText(), StringComparison.Ordinal);
        var before = await CountsAsync(server, lab.Id, staff);
        Assert.True(Stored(server).Contains(Name), "The search finds the name before the erasure.");

        var list = await Call(server, HttpMethod.Get, $"/api/labs/{lab.Id}/adesioni", staff);
        var walkInId = list.Body.EnumerateArray().Single(a => a.GetProperty("displayName").GetString() == WalkIn).GetProperty("id").GetString()!;
        var erased = await Call(server, HttpMethod.Post, $"/api/labs/{lab.Id}/adesioni/{adherentId}/erase", staff);
        Assert.Equal((HttpStatusCode.OK, "Partecipante 1"), (erased.Status, erased.Body.GetProperty("pseudonym").GetString()));
        Assert.Equal("Partecipante 2", (await Call(server, HttpMethod.Post, $"/api/labs/{lab.Id}/adesioni/{walkInId}/erase", staff)).Body.GetProperty("pseudonym").GetString());
        var again = await Call(server, HttpMethod.Post, $"/api/labs/{lab.Id}/adesioni/{adherentId}/erase", staff);
        Assert.Equal((HttpStatusCode.Conflict, "already_erased"), (again.Status, again.Code));

        Assert.Equal(before, await CountsAsync(server, lab.Id, staff));
        var stored = Stored(server);
        foreach (var secret in new[] { Name, Email, WalkIn, "Zanardelli", "Quarantotto" })
        {
            Assert.False(stored.Contains(secret), $"'{secret}' is still in the database file or its write-ahead log.");
        }

        foreach (var path in new[]
        {
            $"/api/labs/{lab.Id}/canvas", $"/api/labs/{lab.Id}/events?after=0&limit=1000", $"/api/labs/{lab.Id}/adesioni",
            $"/api/labs/{lab.Id}/export/attendance", $"/api/labs/{lab.Id}/export/log", $"/api/labs/{lab.Id}/export/synthesis?format=csv",
            $"/api/labs/{lab.Id}/export/synthesis?format=md", $"/api/labs/{lab.Id}/history/events", $"/api/labs/{lab.Id}/history/activity",
            $"/api/labs/{lab.Id}/cohesion/network?format=csv", $"/api/labs/{lab.Id}/actions?format=csv",
        })
        {
            var text = await TextAsync(server, path, staff);
            Assert.DoesNotContain("Zanardelli", text, StringComparison.Ordinal);
            Assert.DoesNotContain("Quarantotto", text, StringComparison.Ordinal);
        }

        Assert.Contains("Partecipante 1", await TextAsync(server, $"/api/labs/{lab.Id}/export/attendance", staff), StringComparison.Ordinal);
        var rows = (await Call(server, HttpMethod.Get, $"/api/labs/{lab.Id}/adesioni", staff)).Body.EnumerateArray().ToList();
        Assert.All(rows, r => Assert.True(r.GetProperty("erased").GetBoolean()));
        var row = rows.Single(r => r.GetProperty("id").GetString() == adherentId);
        Assert.Equal(("Partecipante 1", "", false), (row.GetProperty("displayName").GetString(), row.GetProperty("organisation").GetString(), row.GetProperty("hasLink").GetBoolean()));
        Assert.Equal(JsonValueKindNull, row.GetProperty("email").ValueKind);
        var revoked = await Call(server, HttpMethod.Post, "/api/join/personal", null, new { token = link.AbsolutePath["/entra/".Length..], privacyVersion = PrivacyVersion.Current });
        Assert.Equal((HttpStatusCode.NotFound, "personal_link_invalid"), (revoked.Status, revoked.Code));
    }

    [Fact]
    public async Task OnlyStaffWhoRunTheLabEraseAndAnUnknownPersonIsNotFound()
    {
        await using var server = new LabServer();
        var staff = await server.StaffTokenAsync(LabServer.Facilitator);
        var lab = await server.Api.CreateLabAsync(staff, "Cancellazione, ruoli");
        var added = await Call(server, HttpMethod.Post, $"/api/labs/{lab.Id}/adesioni", staff, new { displayName = "Lucia Bianchi" });
        var id = added.Body.GetProperty("id").GetString()!;

        var trainer = await Call(server, HttpMethod.Post, $"/api/labs/{lab.Id}/adesioni/{id}/erase", await server.StaffTokenAsync(LabServer.Trainer));
        Assert.Equal(HttpStatusCode.Forbidden, trainer.Status);
        var other = await Call(server, HttpMethod.Post, $"/api/labs/{lab.Id}/adesioni/{id}/erase", await server.StaffTokenAsync(LabServer.OtherFacilitator));
        Assert.Equal(HttpStatusCode.Forbidden, other.Status);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Call(server, HttpMethod.Post, $"/api/labs/{lab.Id}/adesioni/{id}/erase", null)).Status);
        var missing = await Call(server, HttpMethod.Post, $"/api/labs/{lab.Id}/adesioni/a-nessuno/erase", staff);
        Assert.Equal((HttpStatusCode.NotFound, "adherent_not_found"), (missing.Status, missing.Code));
        Assert.Equal("Lucia Bianchi", (await Call(server, HttpMethod.Get, $"/api/labs/{lab.Id}/adesioni", staff)).Body[0].GetProperty("displayName").GetString());
    }

    private const System.Text.Json.JsonValueKind JsonValueKindNull = System.Text.Json.JsonValueKind.Null;

    private static Task<ApiCall> Call(LabServer server, HttpMethod method, string path, string? token, object? body = null) =>
        ApiCall.SendAsync(server.Http, method, path, token, body);

    private static async Task<string> TextAsync(LabServer server, string path, string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        using var response = await server.Http.SendAsync(request);
        Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode}");
        return await response.Content.ReadAsStringAsync();
    }

    private static async Task LeftAsync(LabServer server, string labId, string token, params string[] members)
    {
        var deadline = DateTime.UtcNow + Waits.Timeout;
        while (true)
        {
            var state = (await Call(server, HttpMethod.Get, $"/api/labs/{labId}/canvas", token)).Body.GetProperty("state").GetProperty("members");
            if (members.All(m => state.TryGetProperty(m, out var member) && !member.GetProperty("present").GetBoolean()))
            {
                return;
            }

            Assert.True(DateTime.UtcNow < deadline, "The participants' leaves were not recorded in time.");
            await Task.Delay(50);
        }
    }

    /// <summary>The log's length, the cards and their votes, the members and who is present: what erasure must not change.</summary>
    private static async Task<string> CountsAsync(LabServer server, string labId, string token)
    {
        var canvas = (await Call(server, HttpMethod.Get, $"/api/labs/{labId}/canvas", token)).Body;
        var state = canvas.GetProperty("state");
        var events = (await Call(server, HttpMethod.Get, $"/api/labs/{labId}/events?after=0&limit=1000", token)).Body.GetProperty("events").GetArrayLength();
        var members = state.GetProperty("members").EnumerateObject().Select(m => $"{m.Name}:{m.Value.GetProperty("contributions").GetInt32()}:{m.Value.GetProperty("present").GetBoolean()}").Order(StringComparer.Ordinal);
        var cards = state.GetProperty("cards").EnumerateObject().Select(c => $"{c.Name}:{c.Value.GetProperty("author").GetString()}:{c.Value.GetProperty("text").GetString()}").Order(StringComparer.Ordinal);
        return $"seq {canvas.GetProperty("seq").GetInt64()}, {events} events; {string.Join(", ", members)}; {string.Join(", ", cards)}";
    }

    /// <summary>The bytes of the SQLite file and its write-ahead log, searched as UTF-8 and as UTF-16.</summary>
    private static StoredBytes Stored(LabServer server) =>
        new([.. new[] { server.DatabasePath, server.DatabasePath + "-wal" }.Where(File.Exists).Select(ReadShared)]);

    private static byte[] ReadShared(string path)
    {
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var copy = new MemoryStream();
        file.CopyTo(copy);
        return copy.ToArray();
    }

    private sealed class StoredBytes(List<byte[]> files)
    {
        public bool Contains(string text) =>
            files.Any(f => f.AsSpan().IndexOf(Encoding.UTF8.GetBytes(text)) >= 0 || f.AsSpan().IndexOf(Encoding.Unicode.GetBytes(text)) >= 0);
    }
}
