using System.Threading.Channels;

namespace Laboratori.Web.Data;

/// <summary>
/// New rows that many requests write at once (a join's adesione and privacy acknowledgement) saved together: one
/// transaction and one write turn for every request waiting, as the grains' writer commits its batches. At the start of
/// an incontro joins arrive by the hundred a second; saved one by one, each took its own turn on SQLite's single
/// writer, and each hand-over of the turn waited behind the whole thread-pool queue: joins fell to about 45 a second
/// with POST /api/join waiting 25 s. A request's rows are saved before its task completes, or it fails with the error.
/// </summary>
public sealed partial class InsertBatches(IServiceScopeFactory scopes, ILogger<InsertBatches> logger) : BackgroundService
{
    /// <summary>Rows per transaction at most: a storm's batch stays a few milliseconds of writing.</summary>
    private const int MaxRequests = 256;

    private readonly Channel<Request> _requests = Channel.CreateUnbounded<Request>(new UnboundedChannelOptions { SingleReader = true });
    private long _batches;

    /// <summary>How many batches have been saved (each one transaction, however many requests it carried).</summary>
    public long Batches => Interlocked.Read(ref _batches);

    /// <summary>Saves <paramref name="rows"/> (new entities of <see cref="LaboratoriDb"/>) in the next batch, all or none.</summary>
    public Task InsertAsync(params object[] rows)
    {
        var request = new Request(rows);
        if (!_requests.Writer.TryWrite(request))
        {
            throw new InvalidOperationException("The server is stopping: nothing more is saved.");
        }

        return request.Saved.Task;
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        // What is queued is still saved: the loop ends when the queue is empty.
        _requests.Writer.TryComplete();
        await base.StopAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var batch = new List<Request>();
        while (await _requests.Reader.WaitToReadAsync(CancellationToken.None))
        {
            while (batch.Count < MaxRequests && _requests.Reader.TryRead(out var request))
            {
                batch.Add(request);
            }

            await SaveAsync(batch);
            batch.Clear();
            Interlocked.Increment(ref _batches);
        }
    }

    private async Task SaveAsync(List<Request> batch)
    {
        try
        {
            await SaveTogetherAsync(batch);
            batch.ForEach(r => r.Saved.TrySetResult());
        }
        catch (Exception error) when (batch.Count > 1)
        {
            // One request's bad row must not fail the others: each is saved on its own.
            LogBatchFailed(logger, batch.Count, error);
            foreach (var request in batch)
            {
                await SaveAloneAsync(request);
            }
        }
        catch (Exception error)
        {
            batch[0].Saved.TrySetException(error);
        }
    }

    private async Task SaveAloneAsync(Request request)
    {
        try
        {
            await SaveTogetherAsync([request]);
            request.Saved.TrySetResult();
        }
        catch (Exception error)
        {
            request.Saved.TrySetException(error);
        }
    }

    private async Task SaveTogetherAsync(List<Request> requests)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LaboratoriDb>();
        foreach (var request in requests)
        {
            db.AddRange(request.Rows);
        }

        await db.SaveChangesAsync(CancellationToken.None);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A batch of {Count} inserts failed; saving each on its own")]
    private static partial void LogBatchFailed(ILogger logger, int count, Exception error);

    private sealed record Request(object[] Rows)
    {
        public TaskCompletionSource Saved { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
