namespace Laboratori.Contracts;

/// <summary>Who a member of a lab is, as the canvas records it for attendance and contribution.</summary>
[GenerateSerializer, Immutable]
public sealed record MemberProfile(
    [property: Id(0)] string Id,
    [property: Id(1)] string DisplayName,
    [property: Id(2)] string Organisation,
    [property: Id(3)] Sector Sector,
    [property: Id(4)] Role Role);
