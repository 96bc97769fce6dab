using Laboratori.Contracts;
using Laboratori.Grains.Canvas.Model;

namespace Laboratori.Grains.Canvas.Operations;

/// <summary><c>vote.retract</c>: takes back one of the voter's votes from a card.</summary>
public sealed record RetractVote(string CardId) : CanvasOperation
{
    internal override string? Capability => "votes";

    internal override bool Contributes => false;

    internal override IEnumerable<string> CardsActedOn(CanvasState state) => [CardId];

    internal override CanvasError? Validate(CanvasState state, Actor actor, LabLimits limits) =>
        Rules.FindCard(state, CardId, out var card) ?? (card.Votes.GetValueOrDefault(actor.Id) > 0 ? null : Errors.NoVoteToRetract);

    internal override void Apply(CanvasState state, EventContext context)
    {
        var votes = state.Cards[CardId].Votes;
        var left = votes[context.Author] - 1;
        if (left == 0)
        {
            votes.Remove(context.Author);
        }
        else
        {
            votes[context.Author] = left;
        }
    }
}
