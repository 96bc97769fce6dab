using Laboratori.Contracts;
using Laboratori.Grains.Canvas.Model;

namespace Laboratori.Grains.Canvas.Operations;

/// <summary><c>member.remove</c>: the facilitator removes a participant from the lab; their token no longer gets in, their cards stay.</summary>
public sealed record RemoveMember(string MemberId) : CanvasOperation
{
    internal override Permission Permission => Permission.Facilitator;

    internal override CanvasError? Validate(CanvasState state, Actor actor, LabLimits limits) =>
        !state.Members.TryGetValue(MemberId, out var member) || member.Removed ? Errors.MemberNotFound
        : member.Role != Role.Participant ? Errors.Forbidden.With("Si possono rimuovere solo i partecipanti.", "Only participants can be removed.")
        : null;

    internal override void Apply(CanvasState state, EventContext context)
    {
        var member = state.Members[MemberId];
        member.Removed = true;
        member.Present = false;
    }
}
