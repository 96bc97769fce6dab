using System.Threading.RateLimiting;
using Laboratori.Contracts;
using Laboratori.Grains.Canvas;
using Laboratori.Web.Quotas;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Laboratori.Web.Api;

/// <summary>Rate limits on endpoints that guess at secrets (join codes, passwords): per network address.</summary>
public static class RateLimits
{
    public const string Join = "join";

    public static IServiceCollection AddLaboratoriRateLimits(this IServiceCollection services) =>
        services.AddRateLimiter(options =>
        {
            options.OnRejected = async (context, cancellationToken) =>
            {
                context.HttpContext.Response.StatusCode = StatusCodes.Status429TooManyRequests;
                await ApiProblem.From(LabCreationQuota.Refused(context.HttpContext) ? LabCreationQuota.Error : Errors.RateLimited).ExecuteAsync(context.HttpContext);
            };
            options.AddPolicy(Join, context =>
            {
                var perMinute = context.RequestServices.GetRequiredService<IOptions<LabLimits>>().Value.JoinAttemptsPerMinute;
                return RateLimitPartition.GetFixedWindowLimiter(context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 });
            });
        });
}
