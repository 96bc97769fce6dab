using System.Text.Json.Serialization;
using Laboratori.Contracts;
using Laboratori.Grains.Canvas.Model;

namespace Laboratori.Grains.Canvas.Operations;

/// <summary>
/// <c>member.join</c>: someone came online in the lab (attendance). Written by the server. A participant's name is not
/// in the event (it lives in the lab's roster, where erasure can reach it): <see cref="DisplayName"/> is null for them
/// and readers resolve it through the roster. Staff joins, and logs written before names left the log, carry it.
/// </summary>
public sealed record JoinMember(
    string MemberId,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? DisplayName,
    string Organisation,
    Sector Sector,
    Role Role) : CanvasOperation
{
    /// <summary>Reads both forms: with <c>displayName</c> (staff, older logs) and without it (participants).</summary>
    [JsonConstructor]
    private JoinMember(string memberId, string organisation, Sector sector, Role role, string? displayName = null)
        : this(memberId, displayName, organisation, sector, role)
    {
    }

    /// <summary>The join the server writes for <paramref name="member"/>: a participant's name stays out of the log.</summary>
    public static JoinMember For(MemberProfile member) =>
        new(member.Id, member.Role == Role.Participant ? null : member.DisplayName, member.Organisation, member.Sector, member.Role);

    internal override Permission Permission => Permission.System;

    /// <summary>
    /// The limit counts participants online, not everyone ever enrolled: people who left free their place, and staff
    /// never take one (a full lab must not lock out its own facilitator).
    /// </summary>
    internal override CanvasError? Validate(CanvasState state, Actor actor, LabLimits limits)
    {
        // Live, the profile comes from an enrolment or a staff account, already checked; an imported one from a file.
        if (((Rules.IsValidMemberId(MemberId) ? null : Errors.BadId) ?? (DisplayName is null ? null : Rules.Text(DisplayName, limits.MaxTitleLength))
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
            member = new Member { Id = MemberId, DisplayName = DisplayName ?? string.Empty };
            state.Members[MemberId] = member;
        }

        // Without a name in the event, the member keeps the one an older join gave (or none: the roster names them).
        member.DisplayName = DisplayName ?? member.DisplayName;
        member.Organisation = Organisation;
        member.Sector = Sector;
        member.Role = Role;
        member.Present = true;
    }
}
