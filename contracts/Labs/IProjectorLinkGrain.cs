namespace Laboratori.Contracts.Labs;

/// <summary>
/// The lab's projector link (keyed by lab id): at most one at a time. Issuing a new one ends the previous one;
/// revoking ends it without a new one. Tokens of the link carry its id, checked here on every use.
/// </summary>
public interface IProjectorLinkGrain : IGrainWithStringKey
{
    /// <summary>Starts a new link and returns its id; the previous link, if any, stops working.</summary>
    Task<string> IssueAsync();

    /// <summary>Ends the current link; true if there was one.</summary>
    Task<bool> RevokeAsync();

    /// <summary>Whether <paramref name="linkId"/> is the lab's current link.</summary>
    [AlwaysInterleave]
    Task<bool> IsCurrentAsync(string linkId);

    /// <summary>When the current link was issued; null when there is none.</summary>
    Task<DateTimeOffset?> IssuedAtAsync();
}
