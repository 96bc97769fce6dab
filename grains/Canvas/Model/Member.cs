using Laboratori.Grains.Contracts;

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

    public int Contributions { get; set; }
}
