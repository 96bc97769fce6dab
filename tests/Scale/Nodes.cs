using System.Security.Cryptography;
using Laboratori.Contracts;
using Laboratori.Grains.Canvas;
using Laboratori.Silo.Postgres;
using Laboratori.Tests.Durability;
using Laboratori.Tests.Storage;

namespace Laboratori.Tests.Scale;

/// <summary>
/// Several web nodes, each its own process (real Kestrel, a silo of one Orleans cluster), on one fresh PostgreSQL
/// database (which also holds the cluster's membership) and one signing key, as operations.md tells to run them.
/// </summary>
public sealed class Nodes : IAsyncDisposable
{
    public static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(120);

    private readonly PostgresTestDatabase _database;
    private readonly string _data;
    private readonly List<WebProcess> _nodes;

    private Nodes(PostgresTestDatabase database, string data, List<WebProcess> nodes)
    {
        _database = database;
        _data = data;
        _nodes = nodes;
    }

    public WebProcess this[int index] => _nodes[index];

    public int Count => _nodes.Count;

    /// <summary>The last lines each node logged, for failure messages.</summary>
    public string Output => string.Join(Environment.NewLine, _nodes.Select((n, i) => $"--- node {i} ({n.Url}) ---{Environment.NewLine}{n.Output}"));

    public static async Task<Nodes> StartAsync(int count)
    {
        var database = new PostgresTestDatabase();
        await database.InitializeAsync();
        var data = Directory.CreateTempSubdirectory("laboratori-nodes-").FullName;
        var key = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        Task<WebProcess> Start(int i) => WebProcess.StartAsync(
            Directory.CreateDirectory(Path.Combine(data, $"node{i}")).FullName, StartTimeout,
            $"--Storage:PostgresConnectionString={database.ConnectionString}",
            $"--Auth:SigningKey={key}",
            "--Silo:AdvertisedAddress=127.0.0.1",
            "--Logging:LogLevel:Laboratori.Grains.Canvas.CanvasGrain=Information");

        // All at once, as a deployment may start them: they take turns to create the schema and the staff accounts.
        List<Task<WebProcess>> started = [.. Enumerable.Range(0, count).Select(Start)];
        try
        {
            return new Nodes(database, data, [.. await Task.WhenAll(started)]);
        }
        catch
        {
            foreach (var node in started.Where(t => t.IsCompletedSuccessfully))
            {
                await node.Result.DisposeAsync();
            }

            await database.DisposeAsync();
            throw;
        }
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
    public int Fences() => _nodes.Sum(n => n.Output.Split(Environment.NewLine).Count(l => l.Contains("another writer appended", StringComparison.Ordinal)));

    public async ValueTask DisposeAsync()
    {
        foreach (var node in _nodes)
        {
            await node.DisposeAsync();
        }

        await _database.DisposeAsync();
        Directory.Delete(_data, recursive: true);
    }
}
