using Laboratori.Grains.Canvas;
using Laboratori.Contracts;
using Laboratori.Web.Metrics;
using Microsoft.AspNetCore.Diagnostics;

namespace Laboratori.Web.Api;

/// <summary>
/// Every error response is a problem with <c>code</c>, <c>message</c> and <c>messageEn</c>, whoever writes it: our
/// endpoints (<see cref="ApiProblem"/>), authentication's 401/403, routing's 404/405, binding failures (400/415), Kestrel's
/// 413 and the exception handler's 500, in every environment.
/// </summary>
public static class ApiProblems
{
    public static IServiceCollection AddLaboratoriProblems(this IServiceCollection services)
    {
        services.AddProblemDetails(o => o.CustomizeProblemDetails = context =>
        {
            var details = context.ProblemDetails;
            if (details.Extensions.TryGetValue("code", out var known))
            {
                Count(context.HttpContext, known as string ?? Errors.BadRequest.Code);
                return;
            }

            var status = details.Status ?? context.HttpContext.Response.StatusCode;
            var error = ErrorFor(status);
            if (status >= StatusCodes.Status500InternalServerError && error.Code == Errors.Internal.Code)
            {
                var reference = context.HttpContext.TraceIdentifier;
                error = error.With($"Riferimento {reference}.", $"Reference {reference}.");
            }

            details.Title = error.MessageEn;
            details.Detail ??= error.Message;
            details.Extensions["code"] = error.Code;
            details.Extensions["message"] = error.Message;
            details.Extensions["messageEn"] = error.MessageEn;
            Count(context.HttpContext, error.Code);
        });

        // Development would otherwise throw on a body or query that does not bind, and answer 500.
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = false);
        services.Configure<ExceptionHandlerOptions>(o => o.StatusCodeSelector = ex => ex is BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status500InternalServerError);
        services.Configure<RouteOptions>(o => o.SetParameterPolicy<NotApiRouteConstraint>(NotApiRouteConstraint.Name));
        return services;
    }

    private static void Count(HttpContext http, string code) =>
        http.RequestServices.GetService<LaboratoriMetrics>()?.ErrorAnswered("api", code);

    /// <summary>The documented error for an HTTP status the framework answered with.</summary>
    public static CanvasError ErrorFor(int status) => status switch
    {
        StatusCodes.Status401Unauthorized => Errors.Unauthorized,
        StatusCodes.Status403Forbidden => Errors.Forbidden,
        StatusCodes.Status404NotFound => Errors.NotFound,
        StatusCodes.Status405MethodNotAllowed => Errors.MethodNotAllowed,
        StatusCodes.Status413PayloadTooLarge => Errors.PayloadTooLarge,
        StatusCodes.Status415UnsupportedMediaType => Errors.UnsupportedMediaType,
        StatusCodes.Status429TooManyRequests => Errors.RateLimited,
        StatusCodes.Status503ServiceUnavailable => Errors.Unavailable,
        >= StatusCodes.Status500InternalServerError => Errors.Internal,
        _ => Errors.BadRequest,
    };
}
