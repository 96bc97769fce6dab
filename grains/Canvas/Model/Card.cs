using System.Text.Json.Serialization;

namespace Laboratori.Grains.Canvas.Model;

/// <summary>A need, a resource or an action (or whatever the lab's lanes are) on the canvas.</summary>
public sealed class Card
{
    public required string Id { get; set; }

    public required string Lane { get; set; }

    public required string Text { get; set; }

    public required string Colour { get; set; }

    public double X { get; set; }

    public double Y { get; set; }

    public string? ThemeId { get; set; }

    public required string Author { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>Added in private mode and not yet revealed: only its author and staff read its text.</summary>
    public bool Hidden { get; set; }

    /// <summary>Added in anonymous mode: participants other than its author do not see who wrote it.</summary>
    public bool Anonymous { get; set; }

    /// <summary>The table (subgroup) whose area the card belongs to; null for the plenary.</summary>
    public string? GroupId { get; set; }

    /// <summary>Whom a facilitator or tutor wrote the card for (<em>per conto di</em>); absent when the author wrote it for themselves.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public OnBehalfOf? OnBehalfOf { get; set; }

    /// <summary>Votes on this card by member id (a member may put several of their votes on one card).</summary>
    public Dictionary<string, int> Votes { get; set; } = [];

    /// <summary>Reactions by kind, then by member id (1 each).</summary>
    public Dictionary<string, Dictionary<string, int>> Reactions { get; set; } = [];

    /// <summary>Owners, deadline and status of an action card, once any was set; absent until then.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public ActionFollowUp? FollowUp { get; set; }
}
