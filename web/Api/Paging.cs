using System.Collections;
using System.Globalization;
using Laboratori.Contracts;

namespace Laboratori.Web.Api;

/// <summary>
/// Paging of every list endpoint (<c>WithPaging()</c>): <c>?limit=</c> (1 to <see cref="MaxLimit"/>, default
/// <see cref="MaxLimit"/>) and <c>?offset=</c> (default 0). The body stays the list, cut to the page; the headers say the
/// rest: <c>X-Total-Count</c> (items in the whole list) and, when more follow, <c>Link: &lt;…&gt;; rel="next"</c>.
/// </summary>
public sealed class Paging : IEndpointFilter
{
    public const int MaxLimit = 500;
    public const string TotalCountHeader = "X-Total-Count";

    public static readonly CanvasError BadPage =
        Errors.BadRequest.With($"Paginazione: 1 ≤ limit ≤ {MaxLimit}, offset ≥ 0.", $"Paging: 1 ≤ limit ≤ {MaxLimit}, offset ≥ 0.");

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        if (http.Response.StatusCode == StatusCodes.Status400BadRequest)
        {
            // A value that did not bind: the endpoint will not run, so say so with the documented code.
            return ApiProblem.From(Errors.BadRequest);
        }

        if (!TryRead(http.Request.Query["limit"], MaxLimit, out var limit) || limit is < 1 or > MaxLimit
            || !TryRead(http.Request.Query["offset"], 0, out var offset) || offset < 0)
        {
            return ApiProblem.From(BadPage);
        }

        var result = await next(context);
        var inner = result is INestedHttpResult nested ? nested.Result : result;
        if (inner is not (IStatusCodeHttpResult { StatusCode: StatusCodes.Status200OK } and IValueHttpResult { Value: IEnumerable items }))
        {
            return result;
        }

        var all = items.Cast<object?>().ToList();
        http.Response.Headers[TotalCountHeader] = all.Count.ToString(CultureInfo.InvariantCulture);
        if (offset + limit < all.Count)
        {
            var query = http.Request.Query.Where(q => q.Key is not ("limit" or "offset"))
                .Select(q => $"{Uri.EscapeDataString(q.Key)}={Uri.EscapeDataString(q.Value.ToString())}")
                .Append(FormattableString.Invariant($"offset={offset + limit}")).Append(FormattableString.Invariant($"limit={limit}"));
            http.Response.Headers.Link = $"<{http.Request.PathBase}{http.Request.Path}?{string.Join('&', query)}>; rel=\"next\"";
        }

        return TypedResults.Ok(all.Skip(offset).Take(limit).ToList());
    }

    private static bool TryRead(Microsoft.Extensions.Primitives.StringValues values, int fallback, out int value)
    {
        value = fallback;
        return values.Count == 0 || (values.Count == 1 && int.TryParse(values[0], NumberStyles.None, CultureInfo.InvariantCulture, out value));
    }
}
