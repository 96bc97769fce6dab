using Laboratori.Contracts;

namespace Laboratori.Grains.Canvas.Model;

/// <summary>Someone who has been in the lab: who they are, whether they are online now, and how much they contributed.</summary>
public sealed class Member
{
    public required string Id { get; set; }

    public required string DisplayName { get; set; }

    public string Organisation { get; set; } = string.Empty;

    public Sector Sector { get; set; }

    public Role Role { get; set; }

    public bool Present { get; set; }

    /// <summary>Cards, links, comments and themes they added or changed under their name (not votes, not anonymous ones).</summary>
    public int Contributions { get; set; }

    /// <summary>A facilitator removed them from the lab: their token no longer gets in.</summary>
    public bool Removed { get; set; }
}
