using System.Text.Json.Serialization;
using Laboratori.Contracts;
using Laboratori.Grains.Canvas.Model;

namespace Laboratori.Grains.Canvas.Operations;

/// <summary>
/// <c>member.leave</c>: someone's last connection to the lab closed (attendance). Written by the server. When the
/// server closes a presence no node holds any more (a crash), <paramref name="LastSeen"/> says when a node last vouched
/// for it: attendance counts up to then, not up to the moment the server noticed.
/// </summary>
public sealed record LeaveMember(
    string MemberId,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] DateTimeOffset? LastSeen = null) : CanvasOperation
{
    internal override Permission Permission => Permission.System;

    internal override CanvasError? Validate(CanvasState state, Actor actor, LabLimits limits) =>
        state.Members.ContainsKey(MemberId) ? null : Errors.NotInLab;

    internal override void Apply(CanvasState state, EventContext context) => state.Members[MemberId].Present = false;
}
