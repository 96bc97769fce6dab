
namespace Laboratori.Contracts.Labs;

/// <summary>What a participant says about themselves when joining: no account, just these.</summary>
[GenerateSerializer, Immutable]
public sealed record ParticipantProfile(
    [property: Id(0)] string DisplayName,
    [property: Id(1)] string Organisation,
    [property: Id(2)] Sector Sector);
