using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Laboratori.LoadTest.Client;

namespace Laboratori.LoadTest.Run;

/// <summary>What every scenario starts with: staff signs in and makes the labs, open for everything (phase <c>libera</c>).</summary>
public static class LabSetup
{
    /// <summary>Facilitator connections making labs at once; each keeps under the server's per-connection operation rate.</summary>
    private const int SetupWorkers = 8;

    /// <summary>
    /// Staff makes the labs and opens each in phase <c>libera</c>, from a few connections at once; a call the
    /// server refuses with <c>rate_limited</c> is sent again a moment later (the limits are per connection).
    /// </summary>
    public static async Task<List<SimulatedLab>> MakeLabsAsync(LabApiClient api, IReadOnlyList<Uri> urls, string userName, string password, int count, string target, TextWriter? progress, CancellationToken cancellationToken)
    {
        var staff = await api.LoginAsync(userName, password, cancellationToken);
        var labs = new SimulatedLab[count];
        var next = -1;
        var made = 0;
        var stamp = DateTime.Now.ToString("HH:mm:ss", CultureInfo.InvariantCulture);
        var clock = Stopwatch.StartNew();
        async Task WorkAsync(int worker)
        {
            await using var facilitator = await HubClient.ConnectAsync(urls[worker % urls.Count], staff.Token, cancellationToken);
            int i;
            while ((i = Interlocked.Increment(ref next)) < labs.Length)
            {
                var created = await api.CreateLabAsync(staff.Token, $"Carico {target} {i + 1} {stamp}", cancellationToken);
                Check(await RetryAsync(() => facilitator.InvokeAsync("Join", created.Id, null), cancellationToken));
                var phase = new { clientOpId = "phase-" + created.Id, type = "lab.phase", payload = new { phase = "libera" } };
                Check(await RetryAsync(() => facilitator.InvokeAsync("Apply", created.Id, phase), cancellationToken));
                Check(await RetryAsync(() => facilitator.InvokeAsync("Leave", created.Id), cancellationToken), allowNull: true);
                labs[i] = new SimulatedLab(created.Id, created.JoinCode);
                if (Interlocked.Increment(ref made) % 50 == 0 && progress is not null)
                {
                    progress.WriteLine(string.Create(CultureInfo.InvariantCulture, $"[{target} setup] {made}/{labs.Length} labs made ({clock.Elapsed.TotalSeconds:F0} s)"));
                }
            }
        }

        await Task.WhenAll(Enumerable.Range(0, Math.Min(SetupWorkers, labs.Length)).Select(WorkAsync));
        return [.. labs];
    }

    /// <summary>Sends a call again a moment later while the server answers <c>rate_limited</c> (Join, Leave and Apply are limited per connection).</summary>
    private static async Task<JsonElement> RetryAsync(Func<Task<JsonElement>> call, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var reply = await call();
            if (attempt >= 100 || ErrorCode(reply) != "rate_limited")
            {
                return reply;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(200), cancellationToken);
        }
    }

    private static string? ErrorCode(JsonElement reply) =>
        reply.ValueKind == JsonValueKind.Object && reply.TryGetProperty("error", out var error) && error.ValueKind == JsonValueKind.Object
            ? error.TryGetProperty("code", out var code) ? code.GetString() ?? "error" : "error"
            : null;

    private static void Check(JsonElement reply, bool allowNull = false)
    {
        if (allowNull && reply.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined)
        {
            return;
        }

        if (reply.TryGetProperty("error", out var error) && error.ValueKind == JsonValueKind.Object)
        {
            throw new InvalidOperationException("Refused: " + error.GetRawText());
        }
    }
}
