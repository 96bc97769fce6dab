using Laboratori.Contracts;
using Laboratori.Grains.Canvas.Model;

namespace Laboratori.Grains.Canvas.Operations;

/// <summary><c>member.leave</c>: someone's last connection to the lab closed (attendance). Written by the server.</summary>
public sealed record LeaveMember(string MemberId) : CanvasOperation
{
    internal override Permission Permission => Permission.System;

    internal override CanvasError? Validate(CanvasState state, Actor actor, LabLimits limits) =>
        state.Members.ContainsKey(MemberId) ? null : Errors.NotInLab;

    internal override void Apply(CanvasState state, EventContext context) => state.Members[MemberId].Present = false;
}
