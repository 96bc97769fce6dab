using Laboratori.Grains.Canvas.Model;
using Laboratori.Grains.Contracts;

namespace Laboratori.Grains.Canvas.Operations;

/// <summary><c>theme.add</c>: a theme (cluster, macro-question) that cards can be grouped into.</summary>
public sealed record AddTheme(string ThemeId, string Title) : CanvasOperation
{
    internal override string? Capability => "themes";

    internal override CanvasError? Validate(CanvasState state, Actor actor, LabLimits limits) =>
        Rules.NewId(state, ThemeId) ?? Rules.Text(Title, limits.MaxTitleLength)
        ?? (state.Themes.Count >= limits.MaxThemes ? Errors.LimitThemes : null);

    internal override void Apply(CanvasState state, EventContext context) =>
        state.Themes[ThemeId] = new Theme { Id = ThemeId, Title = Title, Author = context.Author };
}
