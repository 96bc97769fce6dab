using Laboratori.Contracts;
using Laboratori.Web.Auth;
using Microsoft.AspNetCore.SignalR;

namespace Laboratori.Web.Quotas;

/// <summary>
/// Refuses a hub connection beyond its member's or its address's quota (<see cref="ConnectionQuota"/>): the server closes
/// it at once with the error <c>quota_exceeded</c> in its Close message, and the client may not reconnect automatically.
/// </summary>
public sealed class ConnectionQuotaHubFilter(ConnectionQuota quota) : IHubFilter
{
    public async Task OnConnectedAsync(HubLifetimeContext context, Func<HubLifetimeContext, Task> next)
    {
        var keys = KeysOf(context.Context);
        if (!quota.TryOpen(keys.Member, keys.Address))
        {
            throw new HubException($"{Errors.QuotaExceeded.Code}: {Errors.QuotaExceeded.MessageEn}");
        }

        context.Context.Items[typeof(ConnectionQuotaHubFilter)] = keys;
        try
        {
            await next(context);
        }
        catch
        {
            // The connection ends here and OnDisconnectedAsync will not run for it.
            context.Context.Items.Remove(typeof(ConnectionQuotaHubFilter));
            quota.Close(keys.Member, keys.Address);
            throw;
        }
    }

    public async Task OnDisconnectedAsync(HubLifetimeContext context, Exception? exception, Func<HubLifetimeContext, Exception?, Task> next)
    {
        try
        {
            await next(context, exception);
        }
        finally
        {
            if (context.Context.Items.Remove(typeof(ConnectionQuotaHubFilter), out var item) && item is (string member, string address))
            {
                quota.Close(member, address);
            }
        }
    }

    private static (string Member, string Address) KeysOf(HubCallerContext context) =>
        (Caller.From(context.User!)?.Id ?? "anonymous", context.GetHttpContext()?.Connection.RemoteIpAddress?.ToString() ?? "unknown");
}
