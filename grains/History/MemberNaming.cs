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

        NameOnBehalf(state, names);
        return state;
    }

    /// <summary>Names the people cards were written for (<em>per conto di</em>): their names live in the roster too.</summary>
    public static void NameOnBehalf(CanvasState state, IReadOnlyDictionary<string, string> names)
    {
        foreach (var card in state.Cards.Values)
        {
            if (card.OnBehalfOf is { Kind: OnBehalfOf.MemberKind } behalf)
            {
                card.OnBehalfOf = behalf with { Name = names.GetValueOrDefault(behalf.Id, string.Empty) };
            }
        }
    }
}
