using System.Text.Json.Serialization;
using Laboratori.Contracts;
using Laboratori.Grains.Canvas.Model;

namespace Laboratori.Grains.Canvas.Operations;

/// <summary><c>theme.colour</c>: a theme's colour, from the cards' palette; <c>null</c> gives it back the automatic one.</summary>
public sealed record ColourTheme(string ThemeId, string? Colour) : CanvasOperation, IAttributable
{
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool Anonymous { get; init; }

    internal override string? Capability => "themes";

    internal override CanvasError? Validate(CanvasState state, Actor actor, LabLimits limits) =>
        (state.Themes.TryGetValue(ThemeId, out var theme) ? Rules.Owns(actor, theme.Author) : Errors.ThemeNotFound)
        ?? Rules.Colour(Colour);

    internal override CanvasOperation Normalize(CanvasState state, Actor actor, DateTimeOffset at)
    {
        var theme = state.Themes[ThemeId];
        return this with { Anonymous = Rules.ActsAnonymously(actor, theme.Author, theme.Anonymous) };
    }

    internal override void Apply(CanvasState state, EventContext context) => state.Themes[ThemeId].Colour = Colour;
}
