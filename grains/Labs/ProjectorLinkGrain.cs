using System.Security.Cryptography;
using Laboratori.Contracts.Labs;
using Laboratori.Silo.Hosting;

namespace Laboratori.Grains.Labs;

public sealed class ProjectorLinkGrain(
    [PersistentState("projectorlink", StorageNames.Default)] IPersistentState<ProjectorLinkState> link, TimeProvider time) : Grain, IProjectorLinkGrain
{
    public async Task<string> IssueAsync()
    {
        // 96 random bits: the id is what a revoked token is told apart by, never guessable from another.
        link.State.LinkId = Convert.ToHexString(RandomNumberGenerator.GetBytes(12)).ToLowerInvariant();
        link.State.IssuedAt = time.GetUtcNow();
        await link.WriteStateAsync();
        return link.State.LinkId;
    }

    public async Task<bool> RevokeAsync()
    {
        if (link.State.LinkId is null)
        {
            return false;
        }

        link.State.LinkId = null;
        link.State.IssuedAt = null;
        await link.WriteStateAsync();
        return true;
    }

    public Task<bool> IsCurrentAsync(string linkId) =>
        Task.FromResult(link.State.LinkId is { } current && CryptographicOperations.FixedTimeEquals(
            System.Text.Encoding.ASCII.GetBytes(current), System.Text.Encoding.ASCII.GetBytes(linkId)));

    public Task<DateTimeOffset?> IssuedAtAsync() => Task.FromResult(link.State.IssuedAt);
}
