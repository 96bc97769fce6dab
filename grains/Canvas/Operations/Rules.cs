using Laboratori.Contracts;
using Laboratori.Grains.Canvas.Model;

namespace Laboratori.Grains.Canvas.Operations;

/// <summary>Checks shared by several operations.</summary>
public static class Rules
{
    public static readonly string[] Colours = ["giallo", "verde", "azzurro", "rosa", "arancio", "viola", "grigio", "bianco"];

    public const double MaxCoordinate = 100_000;

    public static bool IsValidId(string? id) =>
        id is { Length: > 0 and <= 64 } && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

    /// <summary>
    /// A member's id: a participant's id, or <c>staff-</c> and an account's user name, which may also hold <c>.</c>,
    /// <c>@</c> and <c>+</c> (the characters ASP.NET Core Identity allows in user names).
    /// </summary>
    public static bool IsValidMemberId(string? id) =>
        id is { Length: > 0 and <= 300 } && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or '@' or '+');

    public static CanvasError? NewId(CanvasState state, string id) =>
        !IsValidId(id) ? Errors.BadId : state.IsIdTaken(id) ? Errors.IdTaken : null;

    public static CanvasError? Text(string text, int maxLength) =>
        string.IsNullOrWhiteSpace(text) ? Errors.TextEmpty
        : text.Length > maxLength ? Errors.TextTooLong.With($"Massimo {maxLength} caratteri.", $"At most {maxLength} characters.")
        : text.Any(c => char.IsControl(c) && c is not '\n' and not '\t') ? Errors.BadRequest.With("Caratteri di controllo non ammessi.", "Control characters are not allowed.")
        : null;

    /// <summary>A list in a payload held a <c>null</c> (JSON's nullable annotations do not reach list elements).</summary>
    public static CanvasError NullElement(string member) =>
        Errors.BadRequest.With($"'{member}' non può contenere null.", $"'{member}' cannot contain null.");

    public static CanvasError? Position(double x, double y) =>
        double.IsFinite(x) && double.IsFinite(y) && Math.Abs(x) <= MaxCoordinate && Math.Abs(y) <= MaxCoordinate ? null : Errors.PositionOutOfRange;

    public static CanvasError? Colour(string? colour) => colour is null || Colours.Contains(colour) ? null : Errors.ColourUnknown;

    public static CanvasError? Lane(CanvasState state, string lane) => state.Lanes.Exists(l => l.Id == lane) ? null : Errors.LaneUnknown;

    /// <summary>The card, or the error that says why it cannot be used.</summary>
    public static CanvasError? FindCard(CanvasState state, string cardId, out Card card)
    {
        if (state.Cards.TryGetValue(cardId, out card!))
        {
            return null;
        }

        return state.Deleted.Contains(cardId) ? Errors.CardDeleted : Errors.CardNotFound;
    }

    /// <summary>The card, unless it is hidden (private mode): nobody links, votes, comments or reacts on a card others cannot read.</summary>
    public static CanvasError? FindVisibleCard(CanvasState state, string cardId, out Card card) =>
        FindCard(state, cardId, out card) ?? (card.Hidden ? Errors.CardHidden : null);

    /// <summary>Whether what <paramref name="actor"/> adds now goes unattributed: anonymous mode is on and they are a participant.</summary>
    public static bool AddsAnonymously(CanvasState state, Actor actor) => state.Anonymous && actor.Role == Role.Participant;

    /// <summary>Whether acting on an anonymous item keeps its author anonymous: only when the author is the one acting.</summary>
    public static bool ActsAnonymously(Actor actor, string author, bool anonymous) => anonymous && actor.Id == author;

    public static bool ActsAnonymously(Actor actor, Card card) => ActsAnonymously(actor, card.Author, card.Anonymous);

    /// <summary>Participants change only what they wrote; facilitators change anything.</summary>
    public static CanvasError? Owns(Actor actor, string author) => actor.IsStaffRunner || actor.Id == author ? null : Errors.NotOwner;
}
