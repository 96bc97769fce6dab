using System.Text.Json.Serialization;
using Laboratori.Contracts;
using Laboratori.Grains.Canvas.Model;

namespace Laboratori.Grains.Canvas.Operations;

/// <summary>
/// <c>card.add</c>: a new card in a lane, at a position. The id is the client's, so it can show the card at once. The
/// server records whether it is hidden (private mode), anonymous (anonymous mode) and at which table it was written.
/// Staff may write it <see cref="OnBehalfOf"/> a person or an ente: the attribution is set here, once (an edit keeps it).
/// </summary>
public sealed record AddCard(string CardId, string Lane, string Text, string? Colour, double X, double Y) : CanvasOperation, IAttributable
{
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool Hidden { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool Anonymous { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? GroupId { get; init; }

    /// <summary>Whom the card was written for; null when its author wrote it for themselves.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public OnBehalfOf? OnBehalfOf { get; init; }

    internal override string? Capability => "cards";

    internal override CanvasError? Validate(CanvasState state, Actor actor, LabLimits limits)
    {
        // Whether the person or ente exists is checked by the web tier, which holds the roster and the register.
        if (OnBehalfOf is { } behalf && ((actor.IsStaffRunner || actor.Role == Role.Tutor ? null : Errors.OnBehalfForbidden) ?? Check(behalf, limits)) is { } refused)
        {
            return refused;
        }

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
        OnBehalfOf = OnBehalfOf?.Normalized(),
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
            OnBehalfOf = OnBehalfOf,
        };

    private static CanvasError? Check(OnBehalfOf behalf, LabLimits limits) =>
        behalf.Kind is not (OnBehalfOf.MemberKind or OnBehalfOf.EnteKind) ? Errors.BadRequest.With("'onBehalfOf.kind' è member o ente.", "'onBehalfOf.kind' is member or ente.")
        : !(behalf.Kind == OnBehalfOf.MemberKind ? Rules.IsValidMemberId(behalf.Id) : Rules.IsValidId(behalf.Id)) ? Errors.BadId
        : behalf.Organisation is { } organisation && (organisation.Length > limits.MaxTitleLength || organisation.Any(char.IsControl)) ? Errors.TextTooLong
        : behalf.Name is not null ? Errors.BadRequest.With("'onBehalfOf.name' lo scrive il server.", "'onBehalfOf.name' is the server's to write.")
        : null;
}
