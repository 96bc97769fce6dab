using System.Collections.Immutable;
using Laboratori.Contracts.Labs;

namespace Laboratori.Grains.Labs;

[GenerateSerializer]
public sealed class LabDirectoryState
{
    [Id(0)] public ImmutableArray<LabInfo> Labs { get; set; } = [];
}
