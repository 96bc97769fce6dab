using System.Text.Json.Serialization;
using Laboratori.Contracts;
using Laboratori.Grains.Canvas.Model;

namespace Laboratori.Grains.Canvas.Operations;

/// <summary><c>link.add</c>: links card <see cref="From"/> to card <see cref="To"/>.</summary>
public sealed record AddLink(string LinkId, string From, string To) : CanvasOperation, IAttributable
{
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool Anonymous { get; init; }

    internal override string? Capability => "links";

    internal override IEnumerable<string> CardsActedOn(CanvasState state) => [From, To];

    internal override CanvasError? Validate(CanvasState state, Actor actor, LabLimits limits) =>
        Rules.NewId(state, LinkId) ?? Rules.FindVisibleCard(state, From, out _) ?? Rules.FindVisibleCard(state, To, out _)
        ?? (From == To ? Errors.LinkSelf : null)
        ?? (state.Links.Values.Any(l => (l.From == From && l.To == To) || (l.From == To && l.To == From)) ? Errors.LinkExists : null)
        ?? (state.Links.Count >= limits.MaxLinks ? Errors.LimitLinks : null);

    internal override CanvasOperation Normalize(CanvasState state, Actor actor, DateTimeOffset at) =>
        this with { Anonymous = Rules.AddsAnonymously(state, actor) };

    internal override void Apply(CanvasState state, EventContext context) =>
        state.Links[LinkId] = new Link { Id = LinkId, From = From, To = To, Author = context.Author, Anonymous = Anonymous };
}
