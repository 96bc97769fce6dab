using System.Text.Json.Serialization;
using Laboratori.Contracts;
using Laboratori.Grains.Canvas.Model;

namespace Laboratori.Grains.Canvas.Operations;

/// <summary><c>lab.follow</c>: "follow me" on or off. While on, everyone's view follows the viewport the facilitator who turned it on sends as presence.</summary>
public sealed record SetFollow(bool Enabled) : CanvasOperation
{
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Leader { get; init; }

    internal override Permission Permission => Permission.Facilitator;

    internal override CanvasError? Validate(CanvasState state, Actor actor, LabLimits limits) => null;

    internal override CanvasOperation Normalize(CanvasState state, Actor actor, DateTimeOffset at) => this with { Leader = Enabled ? actor.Id : null };

    internal override void Apply(CanvasState state, EventContext context) => state.Follow = Leader;
}
