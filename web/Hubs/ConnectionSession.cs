using Laboratori.Contracts;
using Laboratori.Grains.Canvas;

namespace Laboratori.Web.Hubs;

/// <summary>What one hub connection holds: the labs it joined (as which member) and its rate limits.</summary>
public sealed class ConnectionSession(LabLimits limits, TimeProvider time)
{
    public Dictionary<string, MemberProfile> Labs { get; } = [];

    public TokenBucket Operations { get; } = new(limits.OperationsPerSecond, limits.OperationsBurst, time);

    /// <summary><c>Join</c> and <c>Leave</c>: each may write an attendance event that goes to everyone in the lab.</summary>
    public TokenBucket Joins { get; } = new(limits.JoinsPerSecond, limits.JoinsBurst, time);

    public TokenBucket CatchUps { get; } = new(limits.CatchUpsPerSecond, limits.CatchUpsBurst, time);

    public TokenBucket Presence { get; } = new(limits.PresencePerSecond, (int)Math.Ceiling(limits.PresencePerSecond), time);
}
