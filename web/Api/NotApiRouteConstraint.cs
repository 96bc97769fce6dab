namespace Laboratori.Web.Api;

/// <summary>
/// Keeps the app's fallback (<c>index.html</c>) off <c>/api/…</c> and <c>/hubs/…</c>: an unknown API path is a 404
/// problem, not a page a program would try to read as JSON.
/// </summary>
public sealed class NotApiRouteConstraint : IRouteConstraint
{
    public const string Name = "notapi";

    public bool Match(HttpContext? httpContext, IRouter? route, string routeKey, RouteValueDictionary values, RouteDirection routeDirection) =>
        !values.TryGetValue(routeKey, out var value) || value is not string path
        || !(path.StartsWith("api/", StringComparison.OrdinalIgnoreCase) || path.Equals("api", StringComparison.OrdinalIgnoreCase)
            || path.StartsWith("hubs/", StringComparison.OrdinalIgnoreCase));
}
