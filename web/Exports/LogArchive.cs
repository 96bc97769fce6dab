using System.Collections.Immutable;
using Laboratori.Contracts;
using Laboratori.Contracts.Labs;
using Laboratori.Grains.Labs;

namespace Laboratori.Web.Exports;

/// <summary>
/// A lab's whole event log as one JSON file, for archiving and for import into a new lab that replays identically.
/// <see cref="FormatVersion"/> is raised whenever the shape changes; files from a newer version are refused.
/// </summary>
public sealed record LogArchive(int FormatVersion, DateTimeOffset ExportedAt, LabDefinition Lab, ImmutableArray<CanvasEvent> Events)
{
    public const int CurrentFormatVersion = 1;
}
