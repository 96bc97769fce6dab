using System.Text.Json.Serialization;
using Laboratori.Grains.Canvas.Model;

namespace Laboratori.Grains.Cohesion;

/// <summary>
/// What the cohesion measures are computed from, folded from a lab's events up to <see cref="Seq"/>: the canvas, and
/// every interaction, contribution and attendance seen so far. It serializes to JSON, so it can be kept as a snapshot
/// and folded on from there (<see cref="CohesionFold"/>), exactly as the canvas is.
/// </summary>
public sealed class CohesionLog
{
    public CanvasState Canvas { get; set; } = new();

    public List<Interaction> Interactions { get; set; } = [];

    public List<Contribution> Contributions { get; set; } = [];

    /// <summary>Per incontro (by number), the participants present at some moment of it, by member id.</summary>
    public Dictionary<int, Dictionary<string, Party>> Attendance { get; set; } = [];

    /// <summary>The ente's name as first typed, by <see cref="Enti.Key"/>.</summary>
    public Dictionary<string, string> EnteNames { get; set; } = [];

    [JsonIgnore]
    public long Seq => Canvas.Seq;
}
