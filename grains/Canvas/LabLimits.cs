namespace Laboratori.Grains.Canvas;

/// <summary>
/// Every limit on input, in one place. Bound from the <c>Limits</c> configuration section; the defaults below are
/// sized for a classroom plus remote participants and are listed in docs/protocol.md.
/// </summary>
public sealed class LabLimits
{
    public const string SectionName = "Limits";

    /// <summary>Characters in a card's or a comment's text. Default 500.</summary>
    public int MaxTextLength { get; set; } = 500;

    /// <summary>Characters in a title, a theme's name, a display name or an organisation. Default 120.</summary>
    public int MaxTitleLength { get; set; } = 120;

    /// <summary>Live cards on one canvas. Default 1,000.</summary>
    public int MaxCards { get; set; } = 1_000;

    /// <summary>Live links on one canvas. Default 3,000.</summary>
    public int MaxLinks { get; set; } = 3_000;

    /// <summary>Comments on one card. Default 200.</summary>
    public int MaxCommentsPerCard { get; set; } = 200;

    /// <summary>Themes on one canvas. Default 100.</summary>
    public int MaxThemes { get; set; } = 100;

    /// <summary>People (participants and staff) who may join one lab. Default 300.</summary>
    public int MaxParticipants { get; set; } = 300;

    /// <summary>Votes one participant may be given. Default 50.</summary>
    public int MaxVoteBudget { get; set; } = 50;

    /// <summary>Bytes in one operation's payload. Default 4,096.</summary>
    public int MaxPayloadBytes { get; set; } = 4_096;

    /// <summary>Operations per second one connection may send, sustained. Default 10.</summary>
    public double OperationsPerSecond { get; set; } = 10;

    /// <summary>Operations one connection may send in a burst above the sustained rate. Default 30.</summary>
    public int OperationsBurst { get; set; } = 30;

    /// <summary>Presence updates (cursor, editing, viewport) per second one connection may send; the rest are dropped. Default 10.</summary>
    public double PresencePerSecond { get; set; } = 10;

    /// <summary>How often each lab's latest presence goes out to its members, in one message, in milliseconds. Default 100.</summary>
    public int PresenceIntervalMilliseconds { get; set; } = 100;

    /// <summary>Join and sign-in attempts per minute from one network address. Default 20.</summary>
    public int JoinAttemptsPerMinute { get; set; } = 20;
}
