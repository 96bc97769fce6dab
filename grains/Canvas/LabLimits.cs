using System.ComponentModel.DataAnnotations;

namespace Laboratori.Grains.Canvas;

/// <summary>
/// Every limit on input, in one place. Bound from the <c>Limits</c> configuration section; the defaults below are
/// sized for a classroom plus remote participants and are listed in docs/protocol.md.
/// </summary>
public sealed class LabLimits
{
    public const string SectionName = "Limits";

    /// <summary>Characters in a card's or a comment's text. Default 500.</summary>
    [Range(1, 100000, ErrorMessage = "Limits:MaxTextLength must be between {1} and {2}.")]
    public int MaxTextLength { get; set; } = 500;

    /// <summary>Characters in a title, a theme's name, a display name or an organisation. Default 120.</summary>
    [Range(1, 10000, ErrorMessage = "Limits:MaxTitleLength must be between {1} and {2}.")]
    public int MaxTitleLength { get; set; } = 120;

    /// <summary>Live cards on one canvas. Default 1,000.</summary>
    [Range(1, 100000, ErrorMessage = "Limits:MaxCards must be between {1} and {2}.")]
    public int MaxCards { get; set; } = 1_000;

    /// <summary>Live links on one canvas. Default 3,000.</summary>
    [Range(0, 1000000, ErrorMessage = "Limits:MaxLinks must be between {1} and {2}.")]
    public int MaxLinks { get; set; } = 3_000;

    /// <summary>Comments on one card. Default 200.</summary>
    [Range(0, 100000, ErrorMessage = "Limits:MaxCommentsPerCard must be between {1} and {2}.")]
    public int MaxCommentsPerCard { get; set; } = 200;

    /// <summary>Themes on one canvas. Default 100.</summary>
    [Range(0, 10000, ErrorMessage = "Limits:MaxThemes must be between {1} and {2}.")]
    public int MaxThemes { get; set; } = 100;

    /// <summary>Participants online in one lab at once (staff never count). Default 300.</summary>
    [Range(1, 100000, ErrorMessage = "Limits:MaxParticipants must be between {1} and {2}.")]
    public int MaxParticipants { get; set; } = 300;

    /// <summary>Formal enrolments (participants who joined with the code, ever) in one lab. Default 1,000.</summary>
    [Range(1, 1000000, ErrorMessage = "Limits:MaxEnrolments must be between {1} and {2}.")]
    public int MaxEnrolments { get; set; } = 1_000;

    /// <summary>Votes one participant may be given. Default 50.</summary>
    [Range(0, 10000, ErrorMessage = "Limits:MaxVoteBudget must be between {1} and {2}.")]
    public int MaxVoteBudget { get; set; } = 50;

    /// <summary>Bytes in one operation's payload. Default 4,096.</summary>
    [Range(256, 65536, ErrorMessage = "Limits:MaxPayloadBytes must be between {1} and {2}.")]
    public int MaxPayloadBytes { get; set; } = 4_096;

    /// <summary>Operations per second one connection may send, sustained. Default 10.</summary>
    [Range(0.01, 100_000, ErrorMessage = "Limits:OperationsPerSecond must be between {1} and {2}.")]
    public double OperationsPerSecond { get; set; } = 10;

    /// <summary>Operations one connection may send in a burst above the sustained rate. Default 30.</summary>
    [Range(1, 100000, ErrorMessage = "Limits:OperationsBurst must be between {1} and {2}.")]
    public int OperationsBurst { get; set; } = 30;

    /// <summary>Presence updates (cursor, editing, viewport) per second one connection may send; the rest are dropped. Default 10.</summary>
    [Range(0.01, 100_000, ErrorMessage = "Limits:PresencePerSecond must be between {1} and {2}.")]
    public double PresencePerSecond { get; set; } = 10;

    /// <summary>How often each lab's latest presence goes out to its members, in one message, in milliseconds. Default 100.</summary>
    [Range(10, 10000, ErrorMessage = "Limits:PresenceIntervalMilliseconds must be between {1} and {2}.")]
    public int PresenceIntervalMilliseconds { get; set; } = 100;

    /// <summary><c>Join</c> and <c>Leave</c> calls per second one hub connection may make, sustained. Default 1.</summary>
    [Range(0.01, 100_000, ErrorMessage = "Limits:JoinsPerSecond must be between {1} and {2}.")]
    public double JoinsPerSecond { get; set; } = 1;

    /// <summary><c>Join</c> and <c>Leave</c> calls one hub connection may make in a burst. Default 10.</summary>
    [Range(1, 100000, ErrorMessage = "Limits:JoinsBurst must be between {1} and {2}.")]
    public int JoinsBurst { get; set; } = 10;

    /// <summary><c>CatchUp</c> calls per second one hub connection may make, sustained. Default 10.</summary>
    [Range(0.01, 100_000, ErrorMessage = "Limits:CatchUpsPerSecond must be between {1} and {2}.")]
    public double CatchUpsPerSecond { get; set; } = 10;

    /// <summary><c>CatchUp</c> calls one hub connection may make in a burst (a long catch-up pages 1,000 events a call). Default 50.</summary>
    [Range(1, 100000, ErrorMessage = "Limits:CatchUpsBurst must be between {1} and {2}.")]
    public int CatchUpsBurst { get; set; } = 50;

    /// <summary><c>POST /api/join</c> per minute into one lab, from anywhere. Default 300.</summary>
    [Range(1, 10_000_000, ErrorMessage = "Limits:ParticipantJoinsPerLabPerMinute must be between {1} and {2}.")]
    public int ParticipantJoinsPerLabPerMinute { get; set; } = 300;

    /// <summary><c>POST /api/join</c> per minute from one network address: a classroom behind one NAT joins together. Default 120.</summary>
    [Range(1, 10_000_000, ErrorMessage = "Limits:JoinAttemptsPerMinute must be between {1} and {2}.")]
    public int JoinAttemptsPerMinute { get; set; } = 120;
}
