using Microsoft.Extensions.Options;

namespace Laboratori.Web.Privacy;

/// <summary><c>GET /api/privacy</c>: the notice, for anyone (it is read before joining, without a token).</summary>
public static class PrivacyApi
{
    public static IEndpointRouteBuilder MapPrivacyApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/privacy", (IOptions<PrivacyOptions> privacy, IOptions<RetentionOptions> retention) =>
            TypedResults.Ok(PrivacyNotice.From(privacy.Value, (int)retention.Value.Period.TotalDays)));
        return app;
    }
}
