using Laboratori.Grains.Canvas.Model;
using Laboratori.Grains.Contracts;

namespace Laboratori.Grains.Canvas.Operations;

/// <summary><c>theme.rename</c>: a theme's new title.</summary>
public sealed record RenameTheme(string ThemeId, string Title) : CanvasOperation
{
    internal override string? Capability => "themes";

    internal override CanvasError? Validate(CanvasState state, Actor actor, LabLimits limits) =>
        (state.Themes.TryGetValue(ThemeId, out var theme) ? Rules.Owns(actor, theme.Author) : Errors.ThemeNotFound)
        ?? Rules.Text(Title, limits.MaxTitleLength);

    internal override void Apply(CanvasState state, EventContext context) => state.Themes[ThemeId].Title = Title;
}
