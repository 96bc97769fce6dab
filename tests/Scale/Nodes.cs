using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using Laboratori.Contracts;
using Laboratori.Grains.Canvas;
using Laboratori.LoadTest.Client;
using Laboratori.Silo.Hosting;
using Laboratori.Silo.Postgres;
using Laboratori.Tests.Durability;
using Laboratori.Tests.Storage;

namespace Laboratori.Tests.Scale;

/// <summary>
/// Several web nodes, each its own process (real Kestrel, a silo of one Orleans cluster), on one fresh PostgreSQL
/// database (which also holds the cluster's membership) and one signing key, as operations.md tells to run them.
/// Each node keeps its address and silo port for the test's life, so that it can be stopped and started again where
/// a proxy expects it.
/// </summary>
public sealed class Nodes : IAsyncDisposable
{
    public static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(300);

    /// <summary>A graceful stop deactivates the node's grains and leaves the cluster: well under the host's 30 s.</summary>
    public static readonly TimeSpan StopTimeout = TimeSpan.FromSeconds(60);

    /// <summary>The bootstrap admin's user name and password on every node (long enough for the Production rules).</summary>
    public const string AdminUser = "amministrazione", AdminPassword = "amministrazione-di-prova";

    private readonly PostgresTestDatabase _database;
    private readonly string _data;
    private readonly Node[] _nodes;
    private readonly List<WebProcess> _stopped = [];

    private Nodes(PostgresTestDatabase database, string data, Node[] nodes)
    {
        _database = database;
        _data = data;
        _nodes = nodes;
    }

    /// <summary>The node's current process.</summary>
    public WebProcess this[int index] => _nodes[index].Process ?? throw new InvalidOperationException($"Node {index} is not running.");

    public int Count => _nodes.Length;

    /// <summary>Every node's address, whether it runs now or not (what a proxy in front of them lists).</summary>
    public IReadOnlyList<Uri> Urls => [.. _nodes.Select(n => n.Url)];

    /// <summary>The last lines each node logged, stopped processes included, for failure messages.</summary>
    public string Output => string.Join(Environment.NewLine,
        _stopped.Select((p, i) => $"--- stopped process {i} ({p.Url}) ---{Environment.NewLine}{p.Output}")
            .Concat(_nodes.Select((n, i) => $"--- node {i} ({n.Url}) ---{Environment.NewLine}{n.Process?.Output}")));

    /// <summary>
    /// Starts <paramref name="count"/> nodes at once, as a deployment may start them (they take turns to create the
    /// schema and the bootstrap accounts); <paramref name="settings"/> go to every node.
    /// </summary>
    public static async Task<Nodes> StartAsync(int count, params string[] settings)
    {
        var database = new PostgresTestDatabase();
        await database.InitializeAsync();
        var data = Directory.CreateTempSubdirectory("laboratori-nodes-").FullName;
        var key = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        var nodes = Enumerable.Range(0, count).Select(i => new Node(
            new Uri($"http://127.0.0.1:{LocalPorts.Free()}/"),
            Directory.CreateDirectory(Path.Combine(data, $"node{i}")).FullName,
            [
                $"--Storage:PostgresConnectionString={database.ConnectionString}",
                $"--Auth:SigningKey={key}",
                "--Silo:AdvertisedAddress=127.0.0.1",
                $"--Silo:Port={LocalPorts.Free()}",
                $"--Auth:Staff:1:UserName={AdminUser}", $"--Auth:Staff:1:Password={AdminPassword}", "--Auth:Staff:1:Role=admin",
                "--Logging:LogLevel:Laboratori.Grains.Canvas.CanvasGrain=Information",
                .. settings,
            ])).ToArray();
        var cluster = new Nodes(database, data, nodes);
        try
        {
            await Task.WhenAll(Enumerable.Range(0, count).Select(cluster.StartAgainAsync));
            return cluster;
        }
        catch (Exception start)
        {
            try
            {
                await cluster.DisposeAsync();
            }
            catch (Exception cleanup)
            {
                // Keep the reason the nodes did not start in sight (a busy database may also fail the clean-up).
                throw new AggregateException(start, cleanup);
            }

            throw;
        }
    }

    /// <summary>Starts node <paramref name="index"/> (stopped or killed) again at its address, with its silo port.</summary>
    public async Task StartAgainAsync(int index)
    {
        var node = _nodes[index];
        if (node.Process is not null)
        {
            throw new InvalidOperationException($"Node {index} is running.");
        }

        node.Process = await WebProcess.StartAsync(node.Url, node.Data, StartTimeout, node.Settings);
    }

    /// <summary>SIGTERM to node <paramref name="index"/>, until its process has exited (a graceful stop: it leaves the cluster).</summary>
    public async Task<int> StopAsync(int index)
    {
        var process = Retire(index);
        return await process.StopAsync(StopTimeout);
    }

    /// <summary>SIGKILL to node <paramref name="index"/>: no shutdown code runs, the others find out by probing it.</summary>
    public async Task KillAsync(int index) => await Retire(index).KillAsync();

    /// <summary>A token of the bootstrap admin, from any running node.</summary>
    public async Task<string> AdminTokenAsync()
    {
        using var http = new HttpClient { BaseAddress = Running().Url };
        return (await new LabApiClient(http).LoginAsync(AdminUser, AdminPassword)).Token;
    }

    /// <summary>
    /// The node whose silo holds the lab's canvas activation now, as Orleans' directory says through
    /// <c>GET /api/cluster/labs/{labId}</c> on a running node; null when the canvas is active nowhere.
    /// </summary>
    public async Task<int?> NodeOfLabAsync(string labId, string adminToken)
    {
        using var http = new HttpClient { BaseAddress = Running().Url };
        using var request = new HttpRequestMessage(HttpMethod.Get, $"api/cluster/labs/{Uri.EscapeDataString(labId)}");
        request.Headers.Authorization = new("Bearer", adminToken);
        using var response = await http.SendAsync(request);
        response.EnsureSuccessStatusCode();
        var placement = await response.Content.ReadFromJsonAsync<JsonElement>();
        if (placement.GetProperty("silo").GetString() is not { } silo)
        {
            return null;
        }

        // address:port@generation
        var port = silo.Split('@')[0].Split(':')[^1];
        return Enumerable.Range(0, Count).Single(i => _nodes[i].Settings.Contains($"--Silo:Port={port}"));
    }

    /// <summary>A lab's whole log as PostgreSQL holds it: the truth, whatever any node's canvas believes.</summary>
    public async Task<List<CanvasEvent>> ReadLogAsync(string labId)
    {
        await using var database = await _database.OpenAsync();
        var log = new PostgresEventLog(database);
        var events = new List<CanvasEvent>();
        while (true)
        {
            var page = await log.ReadAsync(labId, events.Count, 1_000);
            if (page.Count == 0)
            {
                return events;
            }

            events.AddRange(page.Select(e => StoredEvent.FromEntry(labId, e)));
        }
    }

    /// <summary>How many times the log fenced a canvas because another writer appended first (two activations of a lab).</summary>
    public int Fences() => Output.Split(Environment.NewLine).Count(l => l.Contains("another writer appended", StringComparison.Ordinal));

    public async ValueTask DisposeAsync()
    {
        foreach (var node in _nodes)
        {
            if (node.Process is { } process)
            {
                await process.DisposeAsync();
            }
        }

        foreach (var process in _stopped)
        {
            await process.DisposeAsync();
        }

        await _database.DisposeAsync();
        Directory.Delete(_data, recursive: true);
    }

    private WebProcess Running() => _nodes.Select(n => n.Process).OfType<WebProcess>().FirstOrDefault()
        ?? throw new InvalidOperationException("No node is running.");

    private WebProcess Retire(int index)
    {
        var process = _nodes[index].Process ?? throw new InvalidOperationException($"Node {index} is not running.");
        _nodes[index].Process = null;
        _stopped.Add(process);
        return process;
    }

    /// <summary>One node: where it serves, its data folder, its settings, and its process while it runs.</summary>
    private sealed class Node(Uri url, string data, string[] settings)
    {
        public Uri Url { get; } = url;

        public string Data { get; } = data;

        public string[] Settings { get; } = settings;

        public WebProcess? Process { get; set; }

        public override string ToString() => Url.ToString();
    }
}
