using Laboratori.Contracts;
using Laboratori.Grains.Canvas.Model;

namespace Laboratori.Grains.Canvas.Operations;

/// <summary><c>meeting.open</c>: the facilitator opens an incontro; attendance and replay are counted per meeting.</summary>
public sealed record OpenMeeting(string? Title) : CanvasOperation
{
    internal override Permission Permission => Permission.Facilitator;

    internal override CanvasError? Validate(CanvasState state, Actor actor, LabLimits limits) =>
        state.OpenMeeting is not null ? Errors.MeetingAlreadyOpen : Title is null ? null : Rules.Text(Title, limits.MaxTitleLength);

    internal override void Apply(CanvasState state, EventContext context)
    {
        var number = state.Meetings.Count + 1;
        state.Meetings.Add(new Meeting { Number = number, Title = Title ?? $"Incontro {number}", OpenedAt = context.At, OpenedSeq = context.Seq });
    }
}
