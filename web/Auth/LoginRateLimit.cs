using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Laboratori.Web.Auth;

/// <summary>
/// Staff sign-in attempts per network address, in a limiter of their own: a classroom of participants joining from
/// behind one address never uses it up, so the facilitator can still sign in. Per-account guessing is stopped by
/// Identity's lockout.
/// </summary>
public static class LoginRateLimit
{
    public const string Policy = "staff-login";

    public static void AddTo(RateLimiterOptions options) =>
        options.AddPolicy(Policy, context =>
        {
            var perMinute = context.RequestServices.GetRequiredService<IOptions<AuthOptions>>().Value.LoginAttemptsPerMinute;
            return RateLimitPartition.GetFixedWindowLimiter("login:" + (context.Connection.RemoteIpAddress?.ToString() ?? "unknown"),
                _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 });
        });
}
