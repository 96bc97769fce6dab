using System.Text.Json.Serialization;
using Laboratori.Contracts;
using Laboratori.Grains.Canvas.Model;

namespace Laboratori.Grains.Canvas.Operations;

/// <summary><c>comment.delete</c>: removes a comment.</summary>
public sealed record DeleteComment(string CommentId) : CanvasOperation, IAttributable
{
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool Anonymous { get; init; }

    internal override string? Capability => "comments";

    internal override IEnumerable<string> CardsActedOn(CanvasState state) =>
        state.Comments.TryGetValue(CommentId, out var comment) ? [comment.CardId] : [];

    internal override CanvasError? Validate(CanvasState state, Actor actor, LabLimits limits) =>
        state.Comments.TryGetValue(CommentId, out var comment) ? Rules.Owns(actor, comment.Author) : Errors.CommentNotFound;

    internal override CanvasOperation Normalize(CanvasState state, Actor actor, DateTimeOffset at)
    {
        var comment = state.Comments[CommentId];
        return this with { Anonymous = Rules.ActsAnonymously(actor, comment.Author, comment.Anonymous) };
    }

    internal override void Apply(CanvasState state, EventContext context)
    {
        state.Comments.Remove(CommentId);
        state.Deleted.Add(CommentId);
    }
}
