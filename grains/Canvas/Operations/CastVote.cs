using Laboratori.Contracts;
using Laboratori.Grains.Canvas.Model;

namespace Laboratori.Grains.Canvas.Operations;

/// <summary><c>vote.cast</c>: puts one of the voter's votes on a card, within the lab's vote budget.</summary>
public sealed record CastVote(string CardId) : CanvasOperation
{
    internal override string? Capability => "votes";

    /// <summary>Votes are counted, not attributed: they are nobody's contribution.</summary>
    internal override bool Contributes => false;

    internal override IEnumerable<string> CardsActedOn(CanvasState state) => [CardId];

    internal override CanvasError? Validate(CanvasState state, Actor actor, LabLimits limits) =>
        Rules.FindVisibleCard(state, CardId, out _) ?? (state.VotesCastBy(actor.Id) >= state.VoteBudget ? Errors.VoteBudgetExhausted : null);

    internal override void Apply(CanvasState state, EventContext context)
    {
        var votes = state.Cards[CardId].Votes;
        votes[context.Author] = votes.GetValueOrDefault(context.Author) + 1;
    }
}
