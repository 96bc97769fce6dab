using Laboratori.Contracts;
using Laboratori.Grains.Canvas.Model;

namespace Laboratori.Grains.Canvas.Operations;

/// <summary><c>member.join</c>: someone came online in the lab (attendance). Written by the server.</summary>
public sealed record JoinMember(string MemberId, string DisplayName, string Organisation, Sector Sector, Role Role) : CanvasOperation
{
    internal override Permission Permission => Permission.System;

    /// <summary>
    /// The limit counts participants online, not everyone ever enrolled: people who left free their place, and staff
    /// never take one (a full lab must not lock out its own facilitator).
    /// </summary>
    internal override CanvasError? Validate(CanvasState state, Actor actor, LabLimits limits)
    {
        // Live, the profile comes from an enrolment or a staff account, already checked; an imported one from a file.
        if (((Rules.IsValidMemberId(MemberId) ? null : Errors.BadId) ?? Rules.Text(DisplayName, limits.MaxTitleLength)
            ?? (Organisation is null || Organisation.Length > limits.MaxTitleLength ? Errors.TextTooLong : null)
            ?? (Enum.IsDefined(Sector) && Enum.IsDefined(Role) ? null : Errors.BadRequest)) is { } invalid)
        {
            return invalid;
        }

        var known = state.Members.GetValueOrDefault(MemberId);
        if (known is { Removed: true })
        {
            return Errors.Removed;
        }

        var takesAPlace = Role == Role.Participant && known is not { Present: true };
        return takesAPlace && state.Members.Values.Count(m => m.Present && m.Role == Role.Participant) >= limits.MaxParticipants
            ? Errors.LimitParticipants
            : null;
    }

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
