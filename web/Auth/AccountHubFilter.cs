using Microsoft.AspNetCore.SignalR;

namespace Laboratori.Web.Auth;

/// <summary>
/// Keeps staff hub connections honest after they are made: each is registered so that disabling or revoking the
/// account closes it, and each invocation re-checks the account (cached), which covers changes made on another node.
/// </summary>
public sealed class AccountHubFilter(AccountSessions sessions) : IHubFilter
{
    public async ValueTask<object?> InvokeMethodAsync(HubInvocationContext invocationContext, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        var context = invocationContext.Context;
        if (StaffIdentity(context) is { } staff && !await sessions.IsCurrentAsync(staff.UserId, staff.Stamp))
        {
            context.Abort();
            throw new HubException("token_revoked");
        }

        return await next(invocationContext);
    }

    public async Task OnConnectedAsync(HubLifetimeContext context, Func<HubLifetimeContext, Task> next)
    {
        if (StaffIdentity(context.Context) is { } staff)
        {
            sessions.Connected(staff.UserId, context.Context);
        }

        await next(context);
    }

    public async Task OnDisconnectedAsync(HubLifetimeContext context, Exception? exception, Func<HubLifetimeContext, Exception?, Task> next)
    {
        if (StaffIdentity(context.Context) is { } staff)
        {
            sessions.Disconnected(staff.UserId, context.Context.ConnectionId);
        }

        await next(context, exception);
    }

    private static (string UserId, string? Stamp)? StaffIdentity(HubCallerContext context) =>
        context.User?.FindFirst(TokenService.StampClaim) is { } stamp && context.User.FindFirst(TokenService.SubjectClaim)?.Value is { } id ? (id, stamp.Value) : null;
}
