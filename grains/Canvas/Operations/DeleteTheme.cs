using System.Text.Json.Serialization;
using Laboratori.Contracts;
using Laboratori.Grains.Canvas.Model;

namespace Laboratori.Grains.Canvas.Operations;

/// <summary><c>theme.delete</c>: removes a theme; its cards stay, ungrouped.</summary>
public sealed record DeleteTheme(string ThemeId) : CanvasOperation, IAttributable
{
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool Anonymous { get; init; }

    internal override string? Capability => "themes";

    internal override CanvasError? Validate(CanvasState state, Actor actor, LabLimits limits) =>
        state.Themes.TryGetValue(ThemeId, out var theme) ? Rules.Owns(actor, theme.Author) : Errors.ThemeNotFound;

    internal override CanvasOperation Normalize(CanvasState state, Actor actor, DateTimeOffset at)
    {
        var theme = state.Themes[ThemeId];
        return this with { Anonymous = Rules.ActsAnonymously(actor, theme.Author, theme.Anonymous) };
    }

    internal override void Apply(CanvasState state, EventContext context)
    {
        state.Themes.Remove(ThemeId);
        state.Deleted.Add(ThemeId);
        foreach (var card in state.Cards.Values.Where(c => c.ThemeId == ThemeId))
        {
            card.ThemeId = null;
        }
    }
}
