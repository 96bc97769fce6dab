using Microsoft.Extensions.Options;

namespace Laboratori.Web.Privacy;

/// <summary>
/// Runs <see cref="RetentionSweep"/> every <see cref="RetentionOptions.CheckInterval"/> on the injected clock, on every
/// node (a person erased by one node is skipped by the others). Why a timer and not an Orleans reminder:
/// docs/attendance.md, "Retention".
/// </summary>
public sealed partial class RetentionService(IServiceScopeFactory scopes, TimeProvider time, IOptions<RetentionOptions> options, ILogger<RetentionService> logger) : BackgroundService
{
    /// <summary>How many sweeps have finished (tests wait on it instead of on the clock).</summary>
    public int Sweeps => Volatile.Read(ref _sweeps);

    private int _sweeps;
    private PeriodicTimer? _timer;

    /// <summary>The clock's timer starts here, not in <see cref="ExecuteAsync"/> (which runs later, in the background), so that the first tick is one interval after start.</summary>
    public override Task StartAsync(CancellationToken cancellationToken)
    {
        _timer ??= new PeriodicTimer(options.Value.CheckInterval, time);
        return base.StartAsync(cancellationToken);
    }

    public override void Dispose()
    {
        _timer?.Dispose();
        base.Dispose();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var timer = _timer ?? throw new InvalidOperationException("Started without StartAsync.");
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var erased = await scope.ServiceProvider.GetRequiredService<RetentionSweep>().RunAsync(time.GetUtcNow(), options.Value.Period, stoppingToken);
                if (erased > 0)
                {
                    LogErased(logger, erased);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // The next tick tries again: an erasure half done is finished then (the rows not yet erased are still due).
                LogSweepFailed(logger, ex);
            }
            finally
            {
                Interlocked.Increment(ref _sweeps);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Retention: {Count} people pseudonymised")]
    private static partial void LogErased(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Retention sweep failed; the next one tries again")]
    private static partial void LogSweepFailed(ILogger logger, Exception error);
}
