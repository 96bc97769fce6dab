namespace Laboratori.Grains.Canvas.Model;

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

    /// <summary>The cells of the stakeholder → communityholder matrix: stakeholder-1…4 state needs, communityholder-1…4 offer.</summary>
    private static readonly (string Prefix, ContributionKind Kind)[] CellPrefixes =
        [("stakeholder-", ContributionKind.Need), ("communityholder-", ContributionKind.Resource)];

    /// <summary>The kinds a programme template's lane may say, as written on the wire.</summary>
    public static IReadOnlyList<string> Names { get; } = ["need", "resource", "action", "other"];

    public static bool IsKnown(string kind) => Names.Contains(kind);

    /// <summary>A lane's written kind; anything unknown counts as <see cref="ContributionKind.Other"/>.</summary>
    public static ContributionKind Parse(string kind) => kind switch
    {
        "need" => ContributionKind.Need,
        "resource" => ContributionKind.Resource,
        "action" => ContributionKind.Action,
        _ => ContributionKind.Other,
    };

    /// <summary>A kind as written on the wire (the inverse of <see cref="Parse"/>).</summary>
    public static string Name(ContributionKind kind) => Names[(int)kind];

    public static ContributionKind Of(string laneId) =>
        Known.TryGetValue(laneId, out var kind) ? kind
        : CellPrefixes.FirstOrDefault(c => laneId.StartsWith(c.Prefix, StringComparison.Ordinal)) is { Prefix: not null } cell ? cell.Kind
        : ContributionKind.Other;
}
