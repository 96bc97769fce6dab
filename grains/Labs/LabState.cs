using System.Collections.Immutable;
using Laboratori.Contracts.Labs;

namespace Laboratori.Grains.Labs;

/// <summary>The stored state of a <see cref="LaboratorioGrain"/>.</summary>
[GenerateSerializer]
public sealed class LabState
{
    [Id(0)] public LabDefinition? Definition { get; set; }

    [Id(1)] public string JoinCode { get; set; } = string.Empty;

    [Id(2)] public ImmutableArray<string> Facilitators { get; set; } = [];

    [Id(3)] public DateTimeOffset CreatedAt { get; set; }

    [Id(4)] public bool Closed { get; set; }

    [Id(5)] public ImmutableArray<Enrolment> Roster { get; set; } = [];

    /// <summary>When the lab was last closed (null while open, and for labs closed before this was kept): retention counts from it.</summary>
    [Id(6)] public DateTimeOffset? ClosedAt { get; set; }
}
