using Microsoft.Data.Sqlite;

namespace Laboratori.Silo.Sqlite;

/// <summary>
/// One unit of work for the writer thread. It runs inside the batch transaction, but its task is completed only
/// after the whole batch has committed, so a caller never sees success for something that is not durable.
/// </summary>
internal abstract class WriteRequest(CancellationToken cancellationToken)
{
    public CancellationToken CancellationToken { get; } = cancellationToken;

    /// <summary>Runs the work on the writer thread. Throwing rolls back only this request's savepoint.</summary>
    public abstract void Execute(SqliteTransaction transaction);

    /// <summary>Records why this request did not (or will not) take effect.</summary>
    public abstract void Fail(Exception error);

    /// <summary>Reports the outcome to the caller; called once per request after COMMIT (or its failure).</summary>
    public abstract void Complete();
}
