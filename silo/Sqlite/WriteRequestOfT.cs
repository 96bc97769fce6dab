using Microsoft.Data.Sqlite;

namespace Laboratori.Silo.Sqlite;

/// <summary>A <see cref="WriteRequest"/> whose work returns a value to the caller.</summary>
internal sealed class WriteRequest<T>(Func<SqliteTransaction, T> work, CancellationToken cancellationToken)
    : WriteRequest(cancellationToken)
{
    // RunContinuationsAsynchronously: the awaiting grain code must not run on the writer thread.
    private readonly TaskCompletionSource<T> _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private T? _result;
    private Exception? _error;

    public Task<T> Task => _completion.Task;

    public override void Execute(SqliteTransaction transaction) => _result = work(transaction);

    public override void Fail(Exception error) => _error ??= error;

    public override void Complete()
    {
        if (_error is OperationCanceledException)
        {
            _completion.TrySetCanceled(CancellationToken);
        }
        else if (_error is not null)
        {
            _completion.TrySetException(_error);
        }
        else
        {
            _completion.TrySetResult(_result!);
        }
    }
}
