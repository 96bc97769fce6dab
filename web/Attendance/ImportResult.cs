using System.Collections.Immutable;
using Laboratori.Contracts;

namespace Laboratori.Web.Attendance;

/// <summary>Every person of an import file, or the first error found (then nothing is imported).</summary>
public sealed record ImportResult(ImmutableArray<ImportedAdherent> People, CanvasError? Error)
{
    public static ImportResult Failed(CanvasError error) => new([], error);
}
