using System.Net.Http.Headers;
using Laboratori.Web.Auth;
using Orleans.Dashboard;

namespace Laboratori.Web.Cluster;

/// <summary>
/// Orleans' own dashboard (silos, grain activations, calls, latencies) for admins, at <see cref="Path"/> on every node.
/// A browser opening a page sends no bearer header, so an admin first asks <c>POST /api/cluster/dashboard</c> with
/// their token: it is put in an HTTP-only, same-site cookie scoped to the dashboard's path, which the bearer handler
/// reads there only (<see cref="TokenFrom"/>). The token keeps every check it has in a header: signature, lifetime,
/// the account's security stamp, and the admin role.
/// </summary>
public static class ClusterDashboard
{
    public const string Path = "/cluster/dashboard";
    public const string CookieName = "laboratori_dashboard";

    /// <summary><c>Cluster:Dashboard</c> (default true): whether the silo collects the dashboard's statistics and the node serves it.</summary>
    public static bool IsEnabled(IConfiguration configuration) => configuration.GetValue("Cluster:Dashboard", defaultValue: true);

    public static ISiloBuilder AddLaboratoriDashboard(this ISiloBuilder silo)
    {
        if (IsEnabled(silo.Configuration))
        {
            silo.AddDashboard();
        }

        return silo;
    }

    public static IEndpointRouteBuilder MapLaboratoriDashboard(this IEndpointRouteBuilder app, IConfiguration configuration)
    {
        if (!IsEnabled(configuration))
        {
            return app;
        }

        app.MapPost("/api/cluster/dashboard", OpenSession).RequireAuthorization(Policies.Admin);
        app.MapOrleansDashboard(Path).RequireAuthorization(Policies.Admin);
        return app;
    }

    /// <summary>The dashboard's cookie, on the dashboard's requests only; the API and the hub take their token as before.</summary>
    public static string? TokenFrom(HttpRequest request) =>
        request.Path.StartsWithSegments(Path) && request.Cookies.TryGetValue(CookieName, out var token) && token.Length > 0 ? token : null;

    /// <summary>The admin policy let the call in, so its token came in the Authorization header (the API reads no other place).</summary>
    private static IResult OpenSession(HttpContext context)
    {
        var token = AuthenticationHeaderValue.Parse(context.Request.Headers.Authorization.ToString()).Parameter;
        context.Response.Cookies.Append(CookieName, token!, new CookieOptions
        {
            HttpOnly = true,
            Secure = context.Request.IsHttps,
            SameSite = SameSiteMode.Strict,
            Path = Path,
            IsEssential = true,
        });
        return Results.Ok(new DashboardSession(Path + "/"));
    }
}
