using Microsoft.AspNetCore.SignalR;

namespace Laboratori.Web.Auth;

/// <summary>
/// Keeps hub connections honest after they are made: each invocation re-checks the caller's revocable credentials
/// (which covers an account disabled or a link revoked through another node) and closes the connection with
/// <c>token_revoked</c> when one has ended; each connection is registered with the stores so that ending a credential
/// through this node closes its connections at once.
/// </summary>
public sealed class RevocableCredentialsHubFilter(IEnumerable<IRevocableCredentials> stores) : IHubFilter
{
    private readonly IRevocableCredentials[] _stores = [.. stores];

    public async ValueTask<object?> InvokeMethodAsync(HubInvocationContext invocationContext, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        var context = invocationContext.Context;
        foreach (var store in _stores)
        {
            if (context.User is { } user && store.Find(user) is { } credential && !await store.IsCurrentAsync(credential))
            {
                context.Abort();
                throw new HubException("token_revoked");
            }
        }

        return await next(invocationContext);
    }

    public async Task OnConnectedAsync(HubLifetimeContext context, Func<HubLifetimeContext, Task> next)
    {
        foreach (var store in _stores)
        {
            if (context.Context.User is { } user && store.Find(user) is { } credential)
            {
                store.Connections.Add(credential.Owner, context.Context);
            }
        }

        await next(context);
    }

    public async Task OnDisconnectedAsync(HubLifetimeContext context, Exception? exception, Func<HubLifetimeContext, Exception?, Task> next)
    {
        foreach (var store in _stores)
        {
            if (context.Context.User is { } user && store.Find(user) is { } credential)
            {
                store.Connections.Remove(credential.Owner, context.Context.ConnectionId);
            }
        }

        await next(context, exception);
    }
}
