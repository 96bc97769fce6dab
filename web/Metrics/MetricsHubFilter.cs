using System.Diagnostics;
using Laboratori.Contracts;
using Laboratori.Web.Hubs;
using Microsoft.AspNetCore.SignalR;

namespace Laboratori.Web.Metrics;

/// <summary>
/// Counts what the hub does for <see cref="LaboratoriMetrics"/>: connections, operations and their latency, and every
/// documented error a method answers. Outermost of the hub's filters, so it also sees <see cref="HubErrorFilter"/>'s answers.
/// </summary>
public sealed class MetricsHubFilter(LaboratoriMetrics metrics) : IHubFilter
{
    public const string Surface = "hub";

    public async ValueTask<object?> InvokeMethodAsync(HubInvocationContext invocationContext, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        var started = Stopwatch.GetTimestamp();
        var result = await next(invocationContext);
        var error = ErrorOf(result);
        if (result is OperationResult)
        {
            metrics.OperationAnswered(Stopwatch.GetElapsedTime(started), error?.Code);
        }

        if (error is not null)
        {
            metrics.ErrorAnswered(Surface, error.Code);
        }

        return result;
    }

    public async Task OnConnectedAsync(HubLifetimeContext context, Func<HubLifetimeContext, Task> next)
    {
        await next(context);
        metrics.ConnectionOpened();
    }

    public async Task OnDisconnectedAsync(HubLifetimeContext context, Exception? exception, Func<HubLifetimeContext, Exception?, Task> next)
    {
        try
        {
            await next(context, exception);
        }
        finally
        {
            metrics.ConnectionClosed();
        }
    }

    private static CanvasError? ErrorOf(object? result) => result switch
    {
        OperationResult r => r.Error,
        JoinReply r => r.Error,
        CatchUpReply r => r.Error,
        LeaveReply r => r.Error,
        _ => null,
    };
}
