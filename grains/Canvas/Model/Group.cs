namespace Laboratori.Grains.Canvas.Model;

/// <summary>A table (subgroup) of participants working in its own area of the canvas.</summary>
public sealed class Group
{
    public required string Id { get; set; }

    public required string Name { get; set; }

    public List<string> Members { get; set; } = [];
}
