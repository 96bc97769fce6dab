namespace Laboratori.Web.Auth;

/// <summary>Staff accounts and token signing. Bound from the <c>Auth</c> configuration section.</summary>
public sealed class AuthOptions
{
    public const string SectionName = "Auth";

    /// <summary>
    /// Base64 HMAC key (32 bytes or more) that signs tokens. Default: not set, in which case a key is generated once and
    /// kept in <c>signing.key</c> beside the database, so tokens outlive restarts. Several nodes must share one key.
    /// </summary>
    public string? SigningKey { get; set; }

    /// <summary>Staff who can sign in with a user name and password (bootstrap accounts). Default: none.</summary>
    public List<StaffAccount> Staff { get; set; } = [];

    /// <summary>How long a staff token lasts. Default 12 hours.</summary>
    public TimeSpan StaffTokenLifetime { get; set; } = TimeSpan.FromHours(12);

    /// <summary>How long a participant token lasts. Default 30 days, so a participant can rejoin a lab across its meetings.</summary>
    public TimeSpan ParticipantTokenLifetime { get; set; } = TimeSpan.FromDays(30);
}
