using Laboratori.Grains.Canvas.Model;
using Laboratori.Grains.Contracts;

namespace Laboratori.Grains.Canvas.Operations;

/// <summary><c>link.delete</c>: removes a link.</summary>
public sealed record DeleteLink(string LinkId) : CanvasOperation
{
    internal override string? Capability => "links";

    internal override CanvasError? Validate(CanvasState state, Actor actor, LabLimits limits) =>
        state.Links.TryGetValue(LinkId, out var link) ? Rules.Owns(actor, link.Author) : Errors.LinkNotFound;

    internal override void Apply(CanvasState state, EventContext context)
    {
        state.Links.Remove(LinkId);
        state.Deleted.Add(LinkId);
    }
}
