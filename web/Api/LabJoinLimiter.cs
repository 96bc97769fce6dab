using System.Threading.RateLimiting;
using Laboratori.Grains.Canvas;
using Microsoft.Extensions.Options;

namespace Laboratori.Web.Api;

/// <summary>Joins into one lab per minute (<c>Limits:ParticipantJoinsPerLabPerMinute</c>), whatever address they come from.</summary>
public sealed class LabJoinLimiter(IOptions<LabLimits> limits) : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter = PartitionedRateLimiter.Create<string, string>(labId =>
        RateLimitPartition.GetFixedWindowLimiter(labId, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = limits.Value.ParticipantJoinsPerLabPerMinute,
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
        }));

    public bool TryAcquire(string labId)
    {
        using var lease = _limiter.AttemptAcquire(labId);
        return lease.IsAcquired;
    }

    public void Dispose() => _limiter.Dispose();
}
