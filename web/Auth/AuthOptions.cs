using System.ComponentModel.DataAnnotations;

namespace Laboratori.Web.Auth;

/// <summary>Staff accounts, sign-in limits and token signing. Bound from the <c>Auth</c> configuration section.</summary>
public sealed class AuthOptions
{
    public const string SectionName = "Auth";

    /// <summary>
    /// Base64 HMAC key (32 bytes or more) that signs tokens. Default: not set, in which case a key is generated once and
    /// kept in <c>signing.key</c> beside the database, so tokens outlive restarts. Several nodes must share one key.
    /// </summary>
    public string? SigningKey { get; set; }

    /// <summary>
    /// Bootstrap accounts: each is created in the database on start if no account has its user name, and left alone
    /// afterwards (its password here is not read again). Default: none; Development lists the three demo accounts.
    /// This is how the first admin of a new installation is made.
    /// </summary>
    public List<StaffAccount> Staff { get; set; } = [];

    /// <summary>How long a staff token lasts. Default 12 hours.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "30.00:00:00", ErrorMessage = "Auth:StaffTokenLifetime must be between {1} and {2}.")]
    public TimeSpan StaffTokenLifetime { get; set; } = TimeSpan.FromHours(12);

    /// <summary>How long a participant token lasts. Default 30 days, so a participant can rejoin a lab across its meetings.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "365.00:00:00", ErrorMessage = "Auth:ParticipantTokenLifetime must be between {1} and {2}.")]
    public TimeSpan ParticipantTokenLifetime { get; set; } = TimeSpan.FromDays(30);

    /// <summary>How long a lab's projector link works unless revoked first. Default 30 days (a lab's meetings).</summary>
    public TimeSpan ProjectorLinkLifetime { get; set; } = TimeSpan.FromDays(30);

    /// <summary>Clock difference tolerated between nodes when checking a token's lifetime. Default 30 seconds.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00", ErrorMessage = "Auth:ClockSkew must be between {1} and {2}.")]
    public TimeSpan ClockSkew { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Sign-in attempts per network address per minute, apart from participants' joins. Default 30.</summary>
    [Range(1, 1000000, ErrorMessage = "Auth:LoginAttemptsPerMinute must be between {1} and {2}.")]
    public int LoginAttemptsPerMinute { get; set; } = 30;

    /// <summary>Wrong passwords in a row before an account is locked. Default 5.</summary>
    [Range(1, 1000, ErrorMessage = "Auth:LockoutAttempts must be between {1} and {2}.")]
    public int LockoutAttempts { get; set; } = 5;

    /// <summary>How long a locked account stays locked. Default 15 minutes.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "30.00:00:00", ErrorMessage = "Auth:LockoutDuration must be between {1} and {2}.")]
    public TimeSpan LockoutDuration { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>How long an invitation or password-reset link works. Default 7 days.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "90.00:00:00", ErrorMessage = "Auth:InviteLifetime must be between {1} and {2}.")]
    public TimeSpan InviteLifetime { get; set; } = TimeSpan.FromDays(7);

    /// <summary>
    /// How long a node trusts what it read of an account (security stamp, disabled) before reading it again. Changes
    /// made on this node take effect at once; on other nodes within this time. Default 10 seconds.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00", ErrorMessage = "Auth:AccountCacheDuration must be between {1} and {2}.")]
    public TimeSpan AccountCacheDuration { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Shortest password accepted for a staff account. Default 10 characters.</summary>
    [Range(8, 128, ErrorMessage = "Auth:MinimumPasswordLength must be between {1} and {2}.")]
    public int MinimumPasswordLength { get; set; } = 10;
}
