using System.Text.Json.Serialization;
using Laboratori.Contracts;
using Laboratori.Grains.Canvas.Model;

namespace Laboratori.Grains.Canvas.Operations;

/// <summary><c>comment.add</c>: a comment on a card.</summary>
public sealed record AddComment(string CommentId, string CardId, string Text) : CanvasOperation, IAttributable
{
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool Anonymous { get; init; }

    internal override string? Capability => "comments";

    internal override IEnumerable<string> CardsActedOn(CanvasState state) => [CardId];

    internal override CanvasError? Validate(CanvasState state, Actor actor, LabLimits limits) =>
        Rules.NewId(state, CommentId) ?? Rules.FindVisibleCard(state, CardId, out _) ?? Rules.Text(Text, limits.MaxTextLength)
        ?? (state.Comments.Values.Count(c => c.CardId == CardId) >= limits.MaxCommentsPerCard ? Errors.LimitComments : null);

    internal override CanvasOperation Normalize(CanvasState state, Actor actor, DateTimeOffset at) =>
        this with { Anonymous = Rules.AddsAnonymously(state, actor) };

    internal override void Apply(CanvasState state, EventContext context) =>
        state.Comments[CommentId] = new Comment { Id = CommentId, CardId = CardId, Text = Text, Author = context.Author, At = context.At, Anonymous = Anonymous };
}
