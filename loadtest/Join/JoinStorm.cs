using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Bogus;
using Laboratori.LoadTest.Client;
using Laboratori.LoadTest.Run;

namespace Laboratori.LoadTest.Join;

/// <summary>
/// The <c>join-storm</c> command: labs are made, then participants join them at an even pace within the given time,
/// each as a browser does (<c>POST /api/join</c>, negotiate, WebSocket, <c>Join</c> with the state), and stay connected
/// until everyone has tried plus <c>--hold</c> seconds. It reports how long each join took and what failed.
/// </summary>
public sealed class JoinStorm(JoinStormOptions options, IReadOnlyList<int> serverPids, TextWriter? progress)
{
    /// <summary>A join still unanswered after this counts as timed out.</summary>
    private static readonly TimeSpan JoinTimeout = TimeSpan.FromSeconds(60);

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    private readonly ConcurrentDictionary<string, long> _errors = new();
    private readonly ConcurrentBag<(double Join, double Api, double Connect, double HubJoin)> _timings = [];
    private readonly ConcurrentBag<HubClient> _clients = [];

    public async Task<JoinStormResult> RunAsync(CancellationToken cancellationToken = default)
    {
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = 64, UseProxy = false, UseCookies = false };
        using var http = new HttpClient(handler) { BaseAddress = options.Url, Timeout = JoinTimeout };
        var api = new LabApiClient(http);
        var labs = await LabSetup.MakeLabsAsync(api, [options.Url], options.UserName, options.Password, options.Labs, "join-storm", progress, cancellationToken);
        var idle = ProcessSample.Take(serverPids);
        var clock = Stopwatch.StartNew();
        try
        {
            var joins = new List<Task<bool>>(options.Participants);
            for (var i = 0; i < options.Participants; i++)
            {
                var due = TimeSpan.FromSeconds(options.Within * i / options.Participants);
                if (due > clock.Elapsed)
                {
                    await Task.Delay(due - clock.Elapsed, cancellationToken);
                }

                joins.Add(JoinOneAsync(api, labs[i % labs.Count], i, cancellationToken));
                if (progress is not null && (i + 1) % 500 == 0)
                {
                    progress.WriteLine(string.Create(CultureInfo.InvariantCulture, $"[join-storm {clock.Elapsed.TotalSeconds,5:F0}s] {i + 1} started, {_timings.Count} joined, {_errors.Values.Sum()} failed"));
                }
            }

            await Task.WhenAll(joins);
            var seconds = clock.Elapsed.TotalSeconds;
            var joined = ProcessSample.Take(serverPids);
            await Task.Delay(TimeSpan.FromSeconds(options.Hold), cancellationToken);
            var timings = _timings.ToArray();
            return new JoinStormResult(
                options,
                timings.Length,
                options.Participants - timings.Length,
                new SortedDictionary<string, long>(_errors, StringComparer.Ordinal),
                seconds,
                Stats.Of(timings.Select(t => t.Join).ToArray()),
                Stats.Of(timings.Select(t => t.Api).ToArray()),
                Stats.Of(timings.Select(t => t.Connect).ToArray()),
                Stats.Of(timings.Select(t => t.HubJoin).ToArray()),
                idle is not null && joined is not null ? ProcessSample.CpuPercent(idle, joined) : null,
                idle is not null && joined is not null && timings.Length > 0 ? (joined.RssKb - idle.RssKb) / (double)timings.Length : null);
        }
        finally
        {
            await Task.WhenAll(_clients.Select(c => c.DisposeAsync().AsTask())).WaitAsync(TimeSpan.FromSeconds(60), CancellationToken.None).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    public static string Table(JoinStormResult r)
    {
        var o = r.Options;
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"join storm: {o.Participants} participants into {o.Labs} labs within {o.Within} s, protocol {(o.Protocol == HubProtocolKind.MessagePack ? "msgpack" : "json")}");
        text.AppendLine(CultureInfo.InvariantCulture, $"joined {r.Joined}, failed {r.Failed}, all tried in {r.Seconds:F1} s; errors: {(r.Errors.Count == 0 ? "none" : string.Join(", ", r.Errors.Select(e => $"{e.Key} {e.Value}")))}");
        foreach (var (name, s) in new[] { ("join (all three)", r.Join), ("  POST /api/join", r.Rest), ("  negotiate + WebSocket", r.Connect), ("  Join with state", r.HubJoin) })
        {
            text.AppendLine(string.Create(CultureInfo.InvariantCulture, $"{name,-24} median {s.Median,8:F1}  p95 {s.P95,8:F1}  p99 {s.P99,8:F1}  max {s.Max,8:F1} ms"));
        }

        text.AppendLine(string.Create(CultureInfo.InvariantCulture,
            $"server CPU % during the storm {(r.ServerCpuPercent is { } c ? c.ToString("F0", CultureInfo.InvariantCulture) : "n/a")}, KB per connection {(r.ServerKbPerConnection is { } k ? k.ToString("F1", CultureInfo.InvariantCulture) : "n/a")}"));
        return text.ToString();
    }

    public static async Task<int> RunCommandAsync(JoinStormOptions options)
    {
        var pids = options.ServerPid is { } pid ? [pid] : ServerProbe.FindPid(options.Url) is { } found ? new[] { found } : [];
        var result = await new JoinStorm(options, pids, Console.Out).RunAsync();
        Console.WriteLine();
        Console.WriteLine(Table(result));
        if (options.Output is { } path)
        {
            await File.WriteAllTextAsync(path, JsonSerializer.Serialize(result, Json));
        }

        return result.Clean ? 0 : 1;
    }

    private async Task<bool> JoinOneAsync(LabApiClient api, SimulatedLab lab, int number, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var step = "rest";
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(JoinTimeout);
            var join = await api.JoinAsync(lab.JoinCode, new Faker("it").Name.FullName() + " " + number.ToString(CultureInfo.InvariantCulture), timeout.Token);
            var rested = Stopwatch.GetTimestamp();
            step = "connect";
            var client = await HubClient.ConnectAsync(options.Url, join.Token, "hubs/lab?lab=" + Uri.EscapeDataString(lab.Id), Discard.Instance, options.Protocol, timeout.Token);
            _clients.Add(client);
            var connected = Stopwatch.GetTimestamp();
            step = "join";
            var reply = await client.InvokeAsync("Join", lab.Id, null).WaitAsync(timeout.Token);
            if (reply.TryGetProperty("error", out var error) && error.ValueKind == JsonValueKind.Object)
            {
                Failed("join:" + (error.TryGetProperty("code", out var code) ? code.GetString() : "error"));
                return false;
            }

            var done = Stopwatch.GetTimestamp();
            _timings.Add((Ms(started, done), Ms(started, rested), Ms(rested, connected), Ms(connected, done)));
            return true;
        }
        catch (LabApiException ex)
        {
            Failed("rest:" + (ex.Code ?? ((int)ex.StatusCode).ToString(CultureInfo.InvariantCulture)));
        }
        catch (HubConnectionRefusedException ex)
        {
            Failed("hub_refused:" + (ex.StatusCode is { } s ? ((int)s).ToString(CultureInfo.InvariantCulture) : "connect"));
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            Failed("timeout:" + step);
        }
        catch (Exception ex) when (ex is HttpRequestException or HubInvocationException or TimeoutException or System.Net.WebSockets.WebSocketException or IOException)
        {
            Failed(step + ":" + ex.GetType().Name);
        }

        return false;
    }

    private void Failed(string code) => _errors.AddOrUpdate(code, 1, (_, n) => n + 1);

    private static double Ms(long from, long to) => Stopwatch.GetElapsedTime(from, to).TotalMilliseconds;

    /// <summary>The storm only joins: what the server pushes meanwhile (others' member.join events) is read and dropped.</summary>
    private sealed class Discard : IHubMessageHandler
    {
        public static Discard Instance { get; } = new();

        public void OnInvocation(string target, ReadOnlySpan<byte> record, long receivedAt)
        {
        }
    }
}
