namespace Laboratori.Silo.Sqlite;

/// <summary>
/// Turns for writing the SQLite file inside this process: the grains' writer thread takes it for each batch it commits,
/// the web tier's Entity Framework context for each <c>SaveChanges</c>. SQLite lets one connection write at a time, and
/// a connection that finds the file locked retries only every 150 ms (Microsoft.Data.Sqlite) until its 30-s timeout,
/// while the grains' writer, under load, starts its next batch microseconds after committing the last: a join's
/// adesione could find the file locked at every retry and fail (seen once in a 750-connection load run). Waiting here
/// instead makes the two take turns in order.
/// </summary>
public sealed class SqliteWriteLock : IDisposable
{
    private readonly SemaphoreSlim _turn = new(1, 1);
    private int _waiting;

    /// <summary>How many writers are waiting for their turn now.</summary>
    public int Waiting => Volatile.Read(ref _waiting);

    /// <summary>Waits for the turn on the calling thread (the grains' dedicated writer thread).</summary>
    public void Enter()
    {
        Interlocked.Increment(ref _waiting);
        try
        {
            _turn.Wait();
        }
        finally
        {
            Interlocked.Decrement(ref _waiting);
        }
    }

    /// <summary>Waits for the turn without blocking a thread.</summary>
    public async Task EnterAsync(CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _waiting);
        try
        {
            await _turn.WaitAsync(cancellationToken);
        }
        finally
        {
            Interlocked.Decrement(ref _waiting);
        }
    }

    /// <summary>Gives the turn to the next writer.</summary>
    public void Exit() => _turn.Release();

    public void Dispose() => _turn.Dispose();
}
