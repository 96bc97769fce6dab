namespace Laboratori.Grains.Cohesion;

/// <summary>
/// Which lanes of the built-in templates state needs and which offer resources or actions: what the
/// communityholder index weighs. Lanes not listed count as <see cref="ContributionKind.Other"/>.
/// </summary>
public static class LaneKinds
{
    private static readonly Dictionary<string, ContributionKind> Known = new(StringComparer.Ordinal)
    {
        ["bisogni"] = ContributionKind.Need,
        ["criticita"] = ContributionKind.Need,
        ["stakeholder"] = ContributionKind.Need,
        ["de-capacitante"] = ContributionKind.Need,
        ["risorse"] = ContributionKind.Resource,
        ["punti-di-forza"] = ContributionKind.Resource,
        ["communityholder"] = ContributionKind.Resource,
        ["capacitante"] = ContributionKind.Resource,
        ["azioni"] = ContributionKind.Action,
    };

    public static ContributionKind Of(string laneId) => Known.GetValueOrDefault(laneId, ContributionKind.Other);
}
