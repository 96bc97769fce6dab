using Laboratori.Grains.Canvas.Model;
using Laboratori.Grains.Contracts;

namespace Laboratori.Grains.Canvas.Operations;

/// <summary><c>comment.delete</c>: removes a comment.</summary>
public sealed record DeleteComment(string CommentId) : CanvasOperation
{
    internal override string? Capability => "comments";

    internal override CanvasError? Validate(CanvasState state, Actor actor, LabLimits limits) =>
        state.Comments.TryGetValue(CommentId, out var comment) ? Rules.Owns(actor, comment.Author) : Errors.CommentNotFound;

    internal override void Apply(CanvasState state, EventContext context)
    {
        state.Comments.Remove(CommentId);
        state.Deleted.Add(CommentId);
    }
}
