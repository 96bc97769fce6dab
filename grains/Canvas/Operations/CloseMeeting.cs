using Laboratori.Contracts;
using Laboratori.Grains.Canvas.Model;

namespace Laboratori.Grains.Canvas.Operations;

/// <summary><c>meeting.close</c>: the facilitator closes the open incontro.</summary>
public sealed record CloseMeeting : CanvasOperation
{
    internal override Permission Permission => Permission.Facilitator;

    internal override CanvasError? Validate(CanvasState state, Actor actor, LabLimits limits) =>
        state.OpenMeeting is null ? Errors.NoMeetingOpen : null;

    internal override void Apply(CanvasState state, EventContext context)
    {
        var meeting = state.OpenMeeting!;
        meeting.ClosedAt = context.At;
        meeting.ClosedSeq = context.Seq;
    }
}
