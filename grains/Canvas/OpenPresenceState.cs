using System.Collections.Immutable;

namespace Laboratori.Grains.Canvas;

[GenerateSerializer]
public sealed class OpenPresenceState
{
    [Id(0)] public ImmutableSortedSet<string> Labs { get; set; } = [];
}
