using System.Threading.RateLimiting;
using Laboratori.Contracts;
using Laboratori.Web.Auth;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Laboratori.Web.Quotas;

/// <summary>Labs created per staff account per hour (<see cref="QuotaOptions.LabsPerAccountPerHour"/>), on every endpoint that creates one.</summary>
public static class LabCreationQuota
{
    public const string Policy = "lab-creation";

    public static void AddTo(RateLimiterOptions options) =>
        options.AddPolicy(Policy, context =>
        {
            var perHour = context.RequestServices.GetRequiredService<IOptions<QuotaOptions>>().Value.LabsPerAccountPerHour;
            var account = Caller.From(context.User)?.Id;
            return account is null
                ? RateLimitPartition.GetNoLimiter("anonymous")
                : RateLimitPartition.GetFixedWindowLimiter("labs:" + account, _ => new FixedWindowRateLimiterOptions { PermitLimit = perHour, Window = TimeSpan.FromHours(1), QueueLimit = 0 });
        });

    public static readonly CanvasError Error = Errors.QuotaExceeded.With(
        "Troppi laboratori creati nell'ultima ora da questo account.", "Too many labs created by this account in the last hour.");

    /// <summary>Whether the rejected request was refused by this quota (it answers <c>quota_exceeded</c>, not <c>rate_limited</c>).</summary>
    public static bool Refused(HttpContext http) =>
        http.GetEndpoint()?.Metadata.GetMetadata<EnableRateLimitingAttribute>()?.PolicyName == Policy;
}
