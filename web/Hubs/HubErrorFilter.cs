using Laboratori.Grains.Canvas;
using Laboratori.Contracts;
using Microsoft.AspNetCore.SignalR;
using Orleans.Runtime;

namespace Laboratori.Web.Hubs;

/// <summary>
/// The last line behind the hub's own checks: anything a method throws becomes its ordinary answer with the documented
/// <c>internal</c> code and a reference that is also in the log, so the connection stays usable and the client's call
/// completes as every other refusal does. Logged once, within <see cref="ErrorLogBudget"/>.
/// </summary>
public sealed partial class HubErrorFilter(ErrorLogBudget budget, ILogger<HubErrorFilter> log) : IHubFilter
{
    public async ValueTask<object?> InvokeMethodAsync(HubInvocationContext invocationContext, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        SilentConnectionGuard.MarkHeard(invocationContext.Context);
        try
        {
            return await next(invocationContext);
        }
        catch (Exception ex) when (IsTransient(ex))
        {
            // The lab's grains are on a node that just died or is unreachable, until the cluster declares it dead and
            // they reactivate elsewhere: a documented, retryable answer, not an internal error.
            if (budget.TryTake(out var suppressed))
            {
                LogTransient(log, invocationContext.HubMethodName, ex.GetType().Name, suppressed);
            }

            return AnswerFor(invocationContext, Errors.Unavailable);
        }
        catch (Exception ex) when (ex is not HubException and not OutOfMemoryException)
        {
            var reference = Guid.NewGuid().ToString("N")[..12];
            if (budget.TryTake(out var suppressed))
            {
                LogFailure(log, ex, invocationContext.HubMethodName, reference, suppressed);
            }

            return AnswerFor(invocationContext, Errors.Internal.With($"Riferimento {reference}.", $"Reference {reference}."));
        }
    }

    public async Task OnDisconnectedAsync(HubLifetimeContext context, Exception? exception, Func<HubLifetimeContext, Exception?, Task> next)
    {
        SilentConnectionGuard.Forget(context.Context);
        try
        {
            await next(context, exception);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // The connection is gone either way; what matters is that the failure is logged without flooding.
            if (budget.TryTake(out var suppressed))
            {
                LogFailure(log, ex, "OnDisconnected", Guid.NewGuid().ToString("N")[..12], suppressed);
            }
        }
    }

    private static bool IsTransient(Exception ex) =>
        ex is OrleansMessageRejectionException or SiloUnavailableException or TimeoutException or OperationCanceledException { InnerException: TimeoutException };

    /// <summary>The method's own reply shape carrying <paramref name="error"/>; null for methods that answer nothing.</summary>
    private static object? AnswerFor(HubInvocationContext context, CanvasError error) => context.HubMethodName switch
    {
        nameof(LabHub.Join) => JoinReply.Failed(error),
        nameof(LabHub.Apply) => OperationResult.Refused((context.HubMethodArguments.ElementAtOrDefault(1) as OperationMessage)?.ClientOpId ?? string.Empty, error),
        nameof(LabHub.CatchUp) => CatchUpReply.Failed(error),
        nameof(LabHub.Leave) => new LeaveReply(error),
        _ => null,
    };

    [LoggerMessage(Level = LogLevel.Warning, Message = "Hub method {Method} answered unavailable: {Failure} ({Suppressed} earlier failures were not logged)")]
    private static partial void LogTransient(ILogger logger, string method, string failure, int suppressed);

    [LoggerMessage(Level = LogLevel.Error, Message = "Hub method {Method} failed unexpectedly (reference {Reference}; {Suppressed} earlier failures were not logged)")]
    private static partial void LogFailure(ILogger logger, Exception exception, string method, string reference, int suppressed);
}
