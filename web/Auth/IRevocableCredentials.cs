using System.Security.Claims;

namespace Laboratori.Web.Auth;

/// <summary>
/// A store of credentials that can be ended while hub connections made with them are open (staff accounts, projector
/// links). <see cref="RevocableCredentialsHubFilter"/> checks every invocation against each store and registers the
/// connections, so that the store can close them when a credential ends.
/// </summary>
public interface IRevocableCredentials
{
    /// <summary>The credential of this store that <paramref name="user"/>'s token carries, or <see langword="null"/>.</summary>
    RevocableCredential? Find(ClaimsPrincipal user);

    /// <summary>Whether <paramref name="credential"/> may still be used.</summary>
    Task<bool> IsCurrentAsync(RevocableCredential credential);

    /// <summary>The hub connections on this node made with this store's credentials, by owner.</summary>
    HubConnections Connections { get; }
}
