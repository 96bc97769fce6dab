
namespace Laboratori.Contracts.Labs;

/// <summary>A participant's formal enrolment (adesione) in a lab: attendance is counted against these.</summary>
[GenerateSerializer, Immutable]
public sealed record Enrolment(
    [property: Id(0)] string ParticipantId,
    [property: Id(1)] string DisplayName,
    [property: Id(2)] string Organisation,
    [property: Id(3)] Sector Sector,
    [property: Id(4)] DateTimeOffset EnrolledAt);
