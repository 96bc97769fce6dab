using Laboratori.Contracts;
using Laboratori.Grains.Canvas.Model;

namespace Laboratori.Grains.History;

/// <summary>Fills in participants' names on a folded state (a copy the caller owns) from <see cref="IMemberNames"/>.</summary>
public static class MemberNaming
{
    public static CanvasState Name(CanvasState state, IReadOnlyDictionary<string, string> names)
    {
        foreach (var member in state.Members.Values)
        {
            if (member.Role == Role.Participant && names.TryGetValue(member.Id, out var name))
            {
                member.DisplayName = name;
            }
        }

        return state;
    }
}
