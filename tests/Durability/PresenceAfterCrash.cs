using System.Globalization;
using System.Text.Json;
using Laboratori.LoadTest.Client;

namespace Laboratori.Tests.Durability;

/// <summary>
/// The scenario of <see cref="PresenceAfterCrashTests"/> and <see cref="PresenceAfterCrashPostgresTests"/>: a participant
/// online when the node is killed with SIGKILL is no longer present once the node runs again, and their presence is
/// closed by a <c>member.leave</c> whose <c>lastSeen</c> is before the restart.
/// </summary>
public static class PresenceAfterCrash
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(120);

    /// <summary>Short lease and renewals, so that the test waits seconds rather than minutes.</summary>
    private static readonly string[] Presence = ["--Presence:RenewInterval=00:00:00.500", "--Presence:Lease=00:00:03"];

    public static async Task RunAsync(string data, params string[] settings)
    {
        string labId, annaId;
        DateTimeOffset joined;
        await using (var server = await WebProcess.StartAsync(data, StartTimeout, [.. Presence, .. settings]))
        {
            using var http = new HttpClient { BaseAddress = server.Url };
            var api = new LabApiClient(http);
            var staffToken = (await api.LoginAsync("facilitatore", WebProcess.StaffPassword)).Token;
            var lab = await api.CreateLabAsync(staffToken, "Lab che cade");
            labId = lab.Id;
            var join = await api.JoinAsync(lab.JoinCode, "Anna");
            annaId = join.ParticipantId;
            await using var anna = await HubClient.ConnectAsync(server.Url, join.Token);
            Assert.Equal(JsonValueKind.Null, (await anna.InvokeAsync("Join", labId, null)).GetProperty("error").ValueKind);
            joined = Assert.Single(await AttendanceAsync(api, staffToken, labId, annaId)).At;
            await server.KillAsync();
        }

        var restart = DateTimeOffset.UtcNow;
        await using var restarted = await WebProcess.StartAsync(data, StartTimeout, [.. Presence, .. settings]);
        using var client = new HttpClient { BaseAddress = restarted.Url };
        var again = new LabApiClient(client);
        var token = (await again.LoginAsync("facilitatore", WebProcess.StaffPassword)).Token;

        // Nobody reconnects: the node's start-up sweep and the lease close her presence by themselves.
        await WaitAsync(restarted, async () => (await AttendanceAsync(again, token, labId, annaId)).Count == 2);

        var attendance = await AttendanceAsync(again, token, labId, annaId);
        Assert.Equal(["member.join", "member.leave"], attendance.Select(e => e.Type));
        var lastSeen = attendance[1].LastSeen ?? throw new Xunit.Sdk.XunitException("The server's leave has no lastSeen.");
        Assert.InRange(lastSeen, joined, restart);
        Assert.True(attendance[1].At >= restart, "The leave is written by the restarted node.");
        using var canvas = JsonDocument.Parse((await again.GetAsync(token, $"api/labs/{labId}/canvas")).GetRawText());
        Assert.False(Member(canvas.RootElement, annaId).GetProperty("present").GetBoolean());
    }

    private static JsonElement Member(JsonElement canvas, string memberId)
    {
        var state = canvas.TryGetProperty("state", out var s) ? s : canvas;
        return state.GetProperty("members").GetProperty(memberId);
    }

    private static async Task<List<(string Type, DateTimeOffset At, DateTimeOffset? LastSeen)>> AttendanceAsync(LabApiClient api, string token, string labId, string memberId)
    {
        var found = new List<(string, DateTimeOffset, DateTimeOffset?)>();
        var after = 0L;
        while (true)
        {
            var page = await api.GetAsync(token, $"api/labs/{labId}/events?after={after}&limit=1000");
            foreach (var e in page.GetProperty("events").EnumerateArray())
            {
                after = e.GetProperty("seq").GetInt64();
                var type = e.GetProperty("type").GetString()!;
                if (type is "member.join" or "member.leave" && e.GetProperty("author").GetString() == memberId)
                {
                    var payload = e.GetProperty("payload");
                    found.Add((type, e.GetProperty("at").GetDateTimeOffset(),
                        payload.TryGetProperty("lastSeen", out var seen) ? DateTimeOffset.Parse(seen.GetString()!, CultureInfo.InvariantCulture) : null));
                }
            }

            if (!page.GetProperty("hasMore").GetBoolean())
            {
                return found;
            }
        }
    }

    private static async Task WaitAsync(WebProcess server, Func<Task<bool>> condition)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        while (!await condition())
        {
            if (timeout.IsCancellationRequested)
            {
                throw new TimeoutException($"The condition did not come true within 90 seconds.{Environment.NewLine}{server.Output}");
            }

            await Task.Delay(100, CancellationToken.None);
        }
    }
}
