using Laboratori.Contracts;
using Laboratori.Grains.Canvas.Model;

namespace Laboratori.Grains.Canvas.Operations;

/// <summary>
/// <c>groups.split</c>: the facilitator splits the participants into tables; each table works in its own area of the
/// canvas (a participant acts only on its cards) until <c>groups.reconvene</c>.
/// </summary>
public sealed record SplitGroups(GroupSpec[] Groups) : CanvasOperation
{
    public const int MinGroups = 2;

    public const int MaxGroups = 20;

    internal override Permission Permission => Permission.Facilitator;

    internal override CanvasError? Validate(CanvasState state, Actor actor, LabLimits limits)
    {
        if (Groups.Any(g => g is null || g.Members is null || g.Members.Any(m => m is null)))
        {
            return Rules.NullElement("groups");
        }

        if (Groups.Length is < MinGroups or > MaxGroups)
        {
            return Errors.BadGroups.With($"Servono da {MinGroups} a {MaxGroups} tavoli.", $"Between {MinGroups} and {MaxGroups} tables.");
        }

        var seated = new HashSet<string>();
        foreach (var group in Groups)
        {
            if (!Rules.IsValidId(group.GroupId))
            {
                return Errors.BadId;
            }

            if (Rules.Text(group.Name, limits.MaxTitleLength) is { } error)
            {
                return error;
            }

            foreach (var memberId in group.Members)
            {
                if (!state.Members.TryGetValue(memberId, out var member) || member.Role != Role.Participant || member.Removed)
                {
                    return Errors.BadGroups.With($"'{memberId}' non è un partecipante del laboratorio.", $"'{memberId}' is not a participant of the lab.");
                }

                if (!seated.Add(memberId))
                {
                    return Errors.BadGroups.With($"'{memberId}' è in due tavoli.", $"'{memberId}' is at two tables.");
                }
            }
        }

        return Groups.Select(g => g.GroupId).Distinct().Count() == Groups.Length ? null : Errors.BadGroups.With("Due tavoli con lo stesso id.", "Two tables with the same id.");
    }

    internal override void Apply(CanvasState state, EventContext context)
    {
        state.Split = true;
        state.Groups = [.. Groups.Select(g => new Group { Id = g.GroupId, Name = g.Name, Members = [.. g.Members] })];
    }
}

/// <summary>One table of a split: its id, its name and who sits at it.</summary>
public sealed record GroupSpec(string GroupId, string Name, string[] Members);
