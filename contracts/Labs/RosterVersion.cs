using System.Collections.Immutable;

namespace Laboratori.Contracts.Labs;

/// <summary>
/// A lab's enrolments and the version of its list of people. The version starts at a random number in each activation
/// and moves at every change, so a version seen before cannot come back with other names after the grain restarts.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record RosterVersion([property: Id(0)] ImmutableArray<Enrolment> Enrolments, [property: Id(1)] long Adesioni);
