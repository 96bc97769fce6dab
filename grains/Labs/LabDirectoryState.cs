using System.Collections.Immutable;

namespace Laboratori.Grains.Labs;

[GenerateSerializer]
public sealed class LabDirectoryState
{
    [Id(0)] public ImmutableArray<LabInfo> Labs { get; set; } = [];
}
