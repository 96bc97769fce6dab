using System.Text.Json.Serialization;
using Laboratori.Contracts;
using Laboratori.Grains.Canvas.Model;

namespace Laboratori.Grains.Canvas.Operations;

/// <summary><c>lab.timer</c>: the facilitator starts a countdown of <see cref="Seconds"/>, or stops it (null). The server sets its end.</summary>
public sealed record SetTimer(int? Seconds) : CanvasOperation
{
    public const int MaxSeconds = 4 * 60 * 60;

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public DateTimeOffset? EndsAt { get; init; }

    internal override Permission Permission => Permission.Facilitator;

    internal override CanvasError? Validate(CanvasState state, Actor actor, LabLimits limits) =>
        Seconds is null or (>= 1 and <= MaxSeconds) ? null : Errors.TimerOutOfRange;

    internal override CanvasOperation Normalize(CanvasState state, Actor actor, DateTimeOffset at) =>
        this with { EndsAt = Seconds is { } seconds ? at.AddSeconds(seconds) : null };

    internal override void Apply(CanvasState state, EventContext context) =>
        state.Timer = Seconds is { } seconds && EndsAt is { } endsAt ? new LabTimer { Seconds = seconds, StartedAt = context.At, EndsAt = endsAt } : null;
}
