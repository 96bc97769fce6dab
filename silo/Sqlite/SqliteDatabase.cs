using System.Collections.Concurrent;
using System.Threading.Channels;
using Laboratori.Silo.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Laboratori.Silo.Sqlite;

/// <summary>
/// The embedded SQLite database file. Microsoft.Data.Sqlite is synchronous under its async API and grain turns must
/// never block on I/O, so every write goes to one dedicated writer thread, which commits all the requests queued at
/// that moment in one transaction (group commit), each inside its own savepoint so one failing request rolls back
/// only itself. Reads run on the thread pool on a small pool of read-only connections (WAL lets them run beside
/// the writer). Disposing drains the write queue first.
/// </summary>
public sealed partial class SqliteDatabase : IDisposable, IAsyncDisposable
{
    private const int BusyTimeoutMs = 5000;

    private readonly Channel<WriteRequest> _queue =
        Channel.CreateUnbounded<WriteRequest>(new UnboundedChannelOptions { SingleReader = true });
    private readonly ConcurrentBag<SqliteConnection> _readers = [];
    private readonly SqliteConnection _writer;
    private readonly string _readConnectionString;
    private readonly ILogger<SqliteDatabase> _logger;
    private readonly Thread _writerThread;
    private readonly SqliteWriteLock _writeLock;
    private int _disposed;

    /// <summary>
    /// Opens (creating if needed) the database at <see cref="StorageOptions.SqlitePath"/> and migrates its schema;
    /// <paramref name="writeLock"/> is shared with the other writers of the file in this process.
    /// </summary>
    public SqliteDatabase(IOptions<StorageOptions> options, ILogger<SqliteDatabase> logger, SqliteWriteLock? writeLock = null)
    {
        _logger = logger;
        _writeLock = writeLock ?? new SqliteWriteLock();
        var settings = options.Value;
        FilePath = Path.GetFullPath(settings.SqlitePath);
        PrivateFiles.Ensure(FilePath);

        // Our own pool below: Microsoft.Data.Sqlite's pool would keep the file open after we are disposed.
        var builder = new SqliteConnectionStringBuilder { DataSource = FilePath, Pooling = false, DefaultTimeout = 30 };
        _writer = new SqliteConnection(builder.ToString());
        _writer.Open();
        // secure_delete: a grain state rewritten (an erased person's enrolment) leaves no copy of the old one in free space.
        _writer.Execute($"PRAGMA busy_timeout={BusyTimeoutMs}; PRAGMA journal_mode=WAL; PRAGMA synchronous={(settings.SqliteFullSync ? "FULL" : "NORMAL")}; PRAGMA foreign_keys=ON; PRAGMA secure_delete=ON;");
        Migrate(_writer);
        _readConnectionString = builder.ToString();

        _writerThread = new Thread(WriterLoop) { IsBackground = true, Name = "sqlite-writer" };
        _writerThread.Start();
        LogOpened(FilePath, settings.SqliteFullSync ? "FULL" : "NORMAL");
    }

    /// <summary>The absolute path of the database file.</summary>
    public string FilePath { get; }

    /// <summary>
    /// Queues <paramref name="work"/> for the writer thread and completes once the transaction it ran in has
    /// committed. <paramref name="work"/> runs on the writer thread inside a savepoint: it must be synchronous and
    /// quick, and it must enlist its commands in the transaction it is given. If it throws, only its own changes are
    /// rolled back and the exception is what the returned task fails with. <paramref name="cancellationToken"/> is
    /// honoured only until the writer picks the request up; after that the outcome is always reported.
    /// </summary>
    public Task<T> WriteAsync<T>(Func<SqliteTransaction, T> work, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(work);
        var request = new WriteRequest<T>(work, cancellationToken);
        ObjectDisposedException.ThrowIf(!_queue.Writer.TryWrite(request), this);
        return request.Task;
    }

    /// <summary>Runs <paramref name="work"/> on the thread pool with a read-only connection of its own.</summary>
    public Task<T> ReadAsync<T>(Func<SqliteConnection, T> work, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(work);
        ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) != 0, this);
        return Task.Run(() =>
        {
            var connection = RentReader();
            try
            {
                return work(connection);
            }
            finally
            {
                ReturnReader(connection);
            }
        }, cancellationToken);
    }

    /// <summary>Stops accepting writes, waits for the queued ones to commit, and closes the file.</summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        _queue.Writer.TryComplete();
        _writerThread.Join();
        _writer.Dispose();
        while (_readers.TryTake(out var reader))
        {
            reader.Dispose();
        }
    }

    /// <inheritdoc cref="Dispose"/>
    public ValueTask DisposeAsync()
    {
        // Joining the writer thread blocks; do it off the caller's thread (which may be a grain or host thread).
        return new ValueTask(Task.Run(Dispose));
    }

    private static void Migrate(SqliteConnection connection)
    {
        using var read = connection.CreateCommand("PRAGMA user_version;");
        var version = Convert.ToInt32(read.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
        var migrations = SqliteSchema.Migrations;
        if (version > migrations.Count)
        {
            throw new InvalidOperationException(
                $"The database schema is version {version}, newer than this build knows ({migrations.Count}).");
        }

        for (var i = version; i < migrations.Count; i++)
        {
            using var transaction = connection.BeginTransaction();
            using (var migrate = transaction.CreateCommand(migrations[i]))
            {
                migrate.ExecuteNonQuery();
            }

            // PRAGMA cannot take parameters; the value is our own integer.
            using (var bump = transaction.CreateCommand($"PRAGMA user_version={i + 1};"))
            {
                bump.ExecuteNonQuery();
            }

            transaction.Commit();
        }
    }

    private SqliteConnection RentReader()
    {
        if (_readers.TryTake(out var connection))
        {
            return connection;
        }

        connection = new SqliteConnection(_readConnectionString);
        connection.Open();
        connection.Execute($"PRAGMA busy_timeout={BusyTimeoutMs}; PRAGMA query_only=ON;");
        return connection;
    }

    private void ReturnReader(SqliteConnection connection)
    {
        if (Volatile.Read(ref _disposed) != 0)
        {
            connection.Dispose();
            return;
        }

        _readers.Add(connection);
    }

    private void WriterLoop()
    {
        var reader = _queue.Reader;
        var batch = new List<WriteRequest>();
        // A dedicated thread may block while it waits: that is what it is for.
        while (reader.WaitToReadAsync().AsTask().GetAwaiter().GetResult())
        {
            while (reader.TryRead(out var request))
            {
                batch.Add(request);
            }

            CommitBatch(batch);
            foreach (var request in batch)
            {
                request.Complete();
            }

            batch.Clear();
        }
    }

    private void CommitBatch(List<WriteRequest> batch)
    {
        _writeLock.Enter();
        try
        {
            CommitBatchInTurn(batch);
        }
        finally
        {
            _writeLock.Exit();
        }
    }

    private void CommitBatchInTurn(List<WriteRequest> batch)
    {
        try
        {
            using var transaction = _writer.BeginTransaction(deferred: false);
            foreach (var request in batch)
            {
                if (request.CancellationToken.IsCancellationRequested)
                {
                    request.Fail(new OperationCanceledException(request.CancellationToken));
                    continue;
                }

                transaction.Save("request");
                try
                {
                    request.Execute(transaction);
                    transaction.Release("request");
                }
                catch (Exception error) when (error is not SqliteException { SqliteErrorCode: 10 or 13 }) // IOERR, FULL: the transaction is gone
                {
                    transaction.Rollback("request");
                    transaction.Release("request");
                    request.Fail(error);
                }
            }

            transaction.Commit();
        }
        catch (Exception error)
        {
            // Nothing of this batch is durable: every request that had not failed on its own fails with the cause.
            LogBatchFailed(error, batch.Count);
            foreach (var request in batch)
            {
                request.Fail(error);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "SQLite storage opened at {Path} (synchronous={Sync})")]
    private partial void LogOpened(string path, string sync);

    [LoggerMessage(Level = LogLevel.Error, Message = "SQLite write batch of {Count} requests failed to commit")]
    private partial void LogBatchFailed(Exception error, int count);
}
