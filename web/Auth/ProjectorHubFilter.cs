using Microsoft.AspNetCore.SignalR;

namespace Laboratori.Web.Auth;

/// <summary>
/// Projector connections are registered so that revoking the link closes them here, and every invocation re-checks
/// the link (it may have been revoked through another node).
/// </summary>
public sealed class ProjectorHubFilter(ProjectorLinks links) : IHubFilter
{
    public async ValueTask<object?> InvokeMethodAsync(HubInvocationContext invocationContext, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        var context = invocationContext.Context;
        if (Link(context) is { } link && !await links.IsCurrentAsync(link.LabId, link.LinkId))
        {
            context.Abort();
            throw new HubException("token_revoked");
        }

        return await next(invocationContext);
    }

    public async Task OnConnectedAsync(HubLifetimeContext context, Func<HubLifetimeContext, Task> next)
    {
        if (Link(context.Context) is { } link)
        {
            links.Connected(link.LabId, context.Context);
        }

        await next(context);
    }

    public async Task OnDisconnectedAsync(HubLifetimeContext context, Exception? exception, Func<HubLifetimeContext, Exception?, Task> next)
    {
        if (Link(context.Context) is { } link)
        {
            links.Disconnected(link.LabId, context.Context.ConnectionId);
        }

        await next(context, exception);
    }

    private static (string LabId, string LinkId)? Link(HubCallerContext context) =>
        context.User?.FindFirst(TokenService.ProjectorLinkClaim)?.Value is { } link && context.User.FindFirst(TokenService.LabClaim)?.Value is { } lab
            ? (lab, link) : null;
}
