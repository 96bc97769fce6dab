using Laboratori.Contracts;
using Laboratori.Grains.Canvas.Model;

namespace Laboratori.Grains.Canvas.Operations;

/// <summary>Checks shared by the action follow-up operations.</summary>
internal static class ActionRules
{
    /// <summary>
    /// The action card, or why it cannot be followed up by <paramref name="actor"/>: it must be a visible card of an
    /// actions lane; participants follow up the actions they wrote or own, facilitators any.
    /// </summary>
    public static CanvasError? FindAction(CanvasState state, Actor actor, string cardId, out Card card)
    {
        if (Rules.FindVisibleCard(state, cardId, out card) is { } error)
        {
            return error;
        }

        if (state.KindOf(card.Lane) != ContributionKind.Action)
        {
            return Errors.NotAction;
        }

        return card.FollowUp?.People.Contains(actor.Id) == true ? null : Rules.Owns(actor, card.Author);
    }

    public static ActionFollowUp FollowUp(Card card) => card.FollowUp ??= new ActionFollowUp();
}
