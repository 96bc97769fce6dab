using Laboratori.Grains.Canvas.Model;
using Laboratori.Grains.Contracts;

namespace Laboratori.Grains.Canvas.Operations;

/// <summary><c>card.add</c>: a new card in a lane, at a position. The id is the client's, so it can show the card at once.</summary>
public sealed record AddCard(string CardId, string Lane, string Text, string? Colour, double X, double Y) : CanvasOperation
{
    internal override string? Capability => "cards";

    internal override CanvasError? Validate(CanvasState state, Actor actor, LabLimits limits)
    {
        if (!actor.IsStaffRunner && state.CurrentPhase is { Lanes.Length: > 0 } phase && !phase.Lanes.Contains(Lane))
        {
            return Errors.PhaseForbids.With("In questa fase si aggiungono schede solo in: " + string.Join(", ", phase.Lanes) + ".", "In this phase cards go only in: " + string.Join(", ", phase.Lanes) + ".");
        }

        return Rules.NewId(state, CardId) ?? Rules.Lane(state, Lane) ?? Rules.Text(Text, limits.MaxTextLength)
            ?? Rules.Colour(Colour) ?? Rules.Position(X, Y)
            ?? (state.Cards.Count >= limits.MaxCards ? Errors.LimitCards : null);
    }

    internal override void Apply(CanvasState state, EventContext context) =>
        state.Cards[CardId] = new Card
        {
            Id = CardId,
            Lane = Lane,
            Text = Text,
            Colour = Colour ?? Rules.Colours[0],
            X = X,
            Y = Y,
            Author = context.Author,
            CreatedAt = context.At,
            UpdatedAt = context.At,
        };
}
