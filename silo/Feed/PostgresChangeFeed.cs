using System.Globalization;
using Laboratori.Silo.Postgres;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Laboratori.Silo.Feed;

/// <summary>
/// The change feed over PostgreSQL <c>LISTEN/NOTIFY</c>. Every append of <see cref="PostgresEventLog"/> notifies
/// <see cref="PostgresDatabase.EventsChannel"/> with <c>stream_id:last_seq</c> inside its own transaction, so only
/// committed entries are ever announced. This class keeps one connection of its own listening on that channel and
/// calls the subscribers with each notification (this node's own appends included). When the connection fails it
/// reconnects with a growing backoff (up to <see cref="MaxBackoff"/>) and then tells subscribers
/// <see cref="IChangeFeed.AnyStream"/>, since notifications sent meanwhile are lost.
/// </summary>
public sealed partial class PostgresChangeFeed : IChangeFeed, IAsyncDisposable
{
    private static readonly TimeSpan FirstBackoff = TimeSpan.FromMilliseconds(200);
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(10);

    private readonly PostgresDatabase _database;
    private readonly ILogger<PostgresChangeFeed> _logger;
    private readonly ChangeSubscribers _subscribers;
    private readonly TaskCompletionSource _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly CancellationTokenSource _stop = new();
    private Task? _loop;

    public PostgresChangeFeed(PostgresDatabase database, ILogger<PostgresChangeFeed> logger)
    {
        _database = database;
        _logger = logger;
        _subscribers = new ChangeSubscribers(logger);
    }

    /// <summary>Completes once the listener has first subscribed to the channel: notifications after that are heard.</summary>
    public Task Listening => _listening.Task;

    /// <summary>Starts the listener in the background (idempotent); see <see cref="Listening"/>.</summary>
    public void Start()
    {
        lock (_stop)
        {
            ObjectDisposedException.ThrowIf(_stop.IsCancellationRequested, this);
            _loop ??= Task.Run(() => ListenLoopAsync(_stop.Token));
        }
    }

    /// <inheritdoc />
    public async Task PublishAsync(string streamId, long lastSeq, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(streamId);
        await using var command = _database.DataSource.CreateCommand("SELECT pg_notify($1, $2);");
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = PostgresDatabase.EventsChannel });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = Payload(streamId, lastSeq) });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <inheritdoc />
    public IDisposable Subscribe(Func<string, long, Task> onChange) => _subscribers.Add(onChange);

    /// <summary>Stops listening and closes the connection.</summary>
    public async ValueTask DisposeAsync()
    {
        Task? loop;
        lock (_stop)
        {
            if (_stop.IsCancellationRequested)
            {
                return;
            }

            _stop.Cancel();
            loop = _loop;
        }

        if (loop is not null)
        {
            await loop.ConfigureAwait(false);
        }

        _stop.Dispose();
    }

    internal static string Payload(string streamId, long lastSeq) =>
        streamId + ":" + lastSeq.ToString(CultureInfo.InvariantCulture);

    /// <summary>Splits <c>stream_id:last_seq</c> at its last colon (stream ids may contain colons).</summary>
    internal static bool TryParse(string payload, out string streamId, out long lastSeq)
    {
        var colon = payload.LastIndexOf(':');
        streamId = colon > 0 ? payload[..colon] : string.Empty;
        lastSeq = 0;
        return colon > 0 && long.TryParse(payload.AsSpan(colon + 1), NumberStyles.None, CultureInfo.InvariantCulture, out lastSeq);
    }

    private async Task ListenLoopAsync(CancellationToken stop)
    {
        var backoff = FirstBackoff;
        var everListened = false;
        while (!stop.IsCancellationRequested)
        {
            try
            {
                // Not from the pool: a pooled connection would carry its LISTEN back into the pool.
                var builder = new NpgsqlConnectionStringBuilder(_database.ConnectionString) { Pooling = false, KeepAlive = 30 };
                await using var connection = new NpgsqlConnection(builder.ConnectionString);
                await connection.OpenAsync(stop);
                var pending = new List<(string Stream, long Seq)>();
                connection.Notification += (_, e) =>
                {
                    if (TryParse(e.Payload, out var stream, out var seq))
                    {
                        pending.Add((stream, seq));
                    }
                    else
                    {
                        LogBadPayload(e.Payload);
                    }
                };

                await using (var listen = new NpgsqlCommand($"LISTEN {PostgresDatabase.EventsChannel};", connection))
                {
                    await listen.ExecuteNonQueryAsync(stop);
                }

                LogListening(everListened);
                backoff = FirstBackoff;
                _listening.TrySetResult();
                if (everListened)
                {
                    await _subscribers.NotifyAsync(IChangeFeed.AnyStream, long.MaxValue);
                }

                everListened = true;
                while (true)
                {
                    // Notifications are raised (on this thread) while WaitAsync processes them; deliver them after.
                    await connection.WaitAsync(stop);
                    foreach (var (stream, seq) in pending)
                    {
                        await _subscribers.NotifyAsync(stream, seq);
                    }

                    pending.Clear();
                }
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                return;
            }
            catch (Exception error)
            {
                LogListenFailed(error, backoff);
                try
                {
                    await Task.Delay(backoff, stop);
                }
                catch (OperationCanceledException)
                {
                    return;
                }

                backoff = TimeSpan.FromTicks(Math.Min(backoff.Ticks * 2, MaxBackoff.Ticks));
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Change feed listening on PostgreSQL (again: {Reconnected})")]
    private partial void LogListening(bool reconnected);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Change feed lost its PostgreSQL connection; retrying in {Backoff}")]
    private partial void LogListenFailed(Exception error, TimeSpan backoff);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Change feed ignored a notification it cannot read: {Payload}")]
    private partial void LogBadPayload(string payload);
}
