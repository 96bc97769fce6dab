using System.Security.Claims;
using Laboratori.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace Laboratori.Web.Auth;

/// <summary>
/// Decides whether a staff token still stands: its account exists, is not disabled, and has the security stamp the
/// token was issued with. Accounts are read from the database at most once per <see cref="AuthOptions.AccountCacheDuration"/>;
/// a change made through this node forgets the cached entry and closes the account's hub connections here at once.
/// </summary>
public sealed class AccountSessions(IServiceScopeFactory scopes, IMemoryCache cache, IOptions<AuthOptions> options) : IRevocableCredentials
{
    public HubConnections Connections { get; } = new();

    /// <summary>Whether the staff token of <paramref name="userId"/> carrying <paramref name="stamp"/> may be used now.</summary>
    public async Task<bool> IsCurrentAsync(string userId, string? stamp, CancellationToken cancellationToken = default)
    {
        var state = await cache.GetOrCreateAsync(Key(userId), async entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = options.Value.AccountCacheDuration;
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<LaboratoriDb>();
            return await db.Users.AsNoTracking().Where(u => u.Id == userId)
                .Select(u => new AccountState(u.SecurityStamp ?? string.Empty, u.Disabled)).SingleOrDefaultAsync(cancellationToken);
        });
        return state is { Disabled: false } && stamp is { Length: > 0 } && string.Equals(state.SecurityStamp, stamp, StringComparison.Ordinal);
    }

    /// <summary>After the account changed: forget what was cached and close its hub connections on this node.</summary>
    public void Revoked(string userId)
    {
        cache.Remove(Key(userId));
        Connections.AbortAll(userId);
    }

    /// <summary>A staff token's account and security stamp; participant and projector tokens carry no stamp.</summary>
    public RevocableCredential? Find(ClaimsPrincipal user) =>
        user.FindFirst(TokenService.StampClaim) is { } stamp && user.FindFirst(TokenService.SubjectClaim)?.Value is { } id ? new(id, stamp.Value) : null;

    public Task<bool> IsCurrentAsync(RevocableCredential credential) => IsCurrentAsync(credential.Owner, credential.Version);

    private static string Key(string userId) => "account:" + userId;
}
