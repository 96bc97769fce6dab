using System.Text.Json.Serialization;
using Laboratori.Contracts;
using Laboratori.Grains.Canvas.Model;

namespace Laboratori.Grains.Canvas.Operations;

/// <summary>
/// <c>card.add</c>: a new card in a lane, at a position. The id is the client's, so it can show the card at once. The
/// server records whether it is hidden (private mode), anonymous (anonymous mode) and at which table it was written.
/// </summary>
public sealed record AddCard(string CardId, string Lane, string Text, string? Colour, double X, double Y) : CanvasOperation, IAttributable
{
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool Hidden { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool Anonymous { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? GroupId { get; init; }

    internal override string? Capability => "cards";

    internal override CanvasError? Validate(CanvasState state, Actor actor, LabLimits limits)
    {
        // Tutors annotate in any lane, as those who run the lab do.
        if (!actor.IsStaffRunner && actor.Role != Role.Tutor && state.CurrentPhase is { Lanes.Length: > 0 } phase && !phase.Lanes.Contains(Lane))
        {
            return Errors.PhaseForbids.With("In questa fase si aggiungono schede solo in: " + string.Join(", ", phase.Lanes) + ".", "In this phase cards go only in: " + string.Join(", ", phase.Lanes) + ".");
        }

        return Rules.NewId(state, CardId) ?? Rules.Lane(state, Lane) ?? Rules.Text(Text, limits.MaxTextLength)
            ?? Rules.Colour(Colour) ?? Rules.Position(X, Y)
            ?? (state.Cards.Count >= limits.MaxCards ? Errors.LimitCards : null);
    }

    internal override CanvasOperation Normalize(CanvasState state, Actor actor, DateTimeOffset at) => this with
    {
        Hidden = state.Private && actor.Role == Role.Participant,
        Anonymous = Rules.AddsAnonymously(state, actor),
        GroupId = actor.Role == Role.Participant ? state.GroupOf(actor.Id) : null,
    };

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
            Hidden = Hidden,
            Anonymous = Anonymous,
            GroupId = GroupId,
        };
}
