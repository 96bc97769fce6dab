using Laboratori.Contracts;
using Laboratori.Grains.Canvas.Model;

namespace Laboratori.Grains.Canvas.Operations;

/// <summary><c>member.join</c>: someone came online in the lab (attendance). Written by the server.</summary>
public sealed record JoinMember(string MemberId, string DisplayName, string Organisation, Sector Sector, Role Role) : CanvasOperation
{
    internal override Permission Permission => Permission.System;

    internal override CanvasError? Validate(CanvasState state, Actor actor, LabLimits limits) =>
        state.Members.TryGetValue(MemberId, out var member) ? (member.Removed ? Errors.Removed : null)
        : state.Members.Count >= limits.MaxParticipants ? Errors.LimitParticipants : null;

    internal override void Apply(CanvasState state, EventContext context)
    {
        if (!state.Members.TryGetValue(MemberId, out var member))
        {
            member = new Member { Id = MemberId, DisplayName = DisplayName };
            state.Members[MemberId] = member;
        }

        member.DisplayName = DisplayName;
        member.Organisation = Organisation;
        member.Sector = Sector;
        member.Role = Role;
        member.Present = true;
    }
}
