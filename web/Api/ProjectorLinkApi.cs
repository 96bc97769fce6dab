using Laboratori.Contracts.Labs;
using Laboratori.Web.Auth;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Laboratori.Web.Api;

/// <summary>
/// The projector link of a lab: who runs the lab makes one (replacing the previous one) or revokes it. The link opens
/// the projector view read-only without a staff sign-in, for that lab only.
/// </summary>
public static class ProjectorLinkApi
{
    public static IEndpointRouteBuilder MapProjectorLinkApi(this IEndpointRouteBuilder app)
    {
        var link = app.MapGroup("/api/labs/{labId}/projector-link").RequireLabRole(LabRequirement.Runner);
        link.MapPost("/", IssueAsync);
        link.MapDelete("/", RevokeAsync);
        return app;
    }

    private static async Task<Ok<ProjectorLinkView>> IssueAsync(string labId, HttpContext http, IGrainFactory grains, TokenService tokens, ProjectorLinks links)
    {
        var linkId = await grains.GetGrain<IProjectorLinkGrain>(labId).IssueAsync();
        links.Ended(labId);
        var (token, expires) = tokens.IssueProjector(labId, linkId);
        var url = $"{http.Request.Scheme}://{http.Request.Host}/lab/{Uri.EscapeDataString(labId)}/proiezione#proiettore={token}";
        return TypedResults.Ok(new ProjectorLinkView(url, token, expires));
    }

    private static async Task<NoContent> RevokeAsync(string labId, IGrainFactory grains, ProjectorLinks links)
    {
        await grains.GetGrain<IProjectorLinkGrain>(labId).RevokeAsync();
        links.Ended(labId);
        return TypedResults.NoContent();
    }
}
