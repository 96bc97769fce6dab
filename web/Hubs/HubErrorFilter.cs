using Laboratori.Grains.Canvas;
using Laboratori.Contracts;
using Microsoft.AspNetCore.SignalR;

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

    /// <summary>The method's own reply shape carrying <paramref name="error"/>; null for methods that answer nothing.</summary>
    private static object? AnswerFor(HubInvocationContext context, CanvasError error) => context.HubMethodName switch
    {
        nameof(LabHub.Join) => JoinReply.Failed(error),
        nameof(LabHub.Apply) => OperationResult.Refused((context.HubMethodArguments.ElementAtOrDefault(1) as OperationMessage)?.ClientOpId ?? string.Empty, error),
        nameof(LabHub.CatchUp) => CatchUpReply.Failed(error),
        nameof(LabHub.Leave) => new LeaveReply(error),
        _ => null,
    };

    [LoggerMessage(Level = LogLevel.Error, Message = "Hub method {Method} failed unexpectedly (reference {Reference}; {Suppressed} earlier failures were not logged)")]
    private static partial void LogFailure(ILogger logger, Exception exception, string method, string reference, int suppressed);
}
