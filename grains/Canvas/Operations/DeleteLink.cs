using System.Text.Json.Serialization;
using Laboratori.Contracts;
using Laboratori.Grains.Canvas.Model;

namespace Laboratori.Grains.Canvas.Operations;

/// <summary><c>link.delete</c>: removes a link.</summary>
public sealed record DeleteLink(string LinkId) : CanvasOperation, IAttributable
{
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool Anonymous { get; init; }

    internal override string? Capability => "links";

    internal override IEnumerable<string> CardsActedOn(CanvasState state) =>
        state.Links.TryGetValue(LinkId, out var link) ? [link.From, link.To] : [];

    internal override CanvasError? Validate(CanvasState state, Actor actor, LabLimits limits) =>
        state.Links.TryGetValue(LinkId, out var link) ? Rules.Owns(actor, link.Author) : Errors.LinkNotFound;

    internal override CanvasOperation Normalize(CanvasState state, Actor actor, DateTimeOffset at)
    {
        var link = state.Links[LinkId];
        return this with { Anonymous = Rules.ActsAnonymously(actor, link.Author, link.Anonymous) };
    }

    internal override void Apply(CanvasState state, EventContext context)
    {
        state.Links.Remove(LinkId);
        state.Deleted.Add(LinkId);
    }
}
