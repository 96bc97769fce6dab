namespace Laboratori.Grains.Cohesion;

/// <summary>The ways of acting on someone else's contribution that the cohesion measures count.</summary>
public static class InteractionKinds
{
    public const string Link = "link";

    public const string Comment = "comment";

    public const string Vote = "vote";

    public const string Reaction = "reaction";

    public const string Merge = "merge";
}
