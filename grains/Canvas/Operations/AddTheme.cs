using System.Text.Json.Serialization;
using Laboratori.Contracts;
using Laboratori.Grains.Canvas.Model;

namespace Laboratori.Grains.Canvas.Operations;

/// <summary><c>theme.add</c>: a theme (cluster, macro-question) that cards can be grouped into.</summary>
public sealed record AddTheme(string ThemeId, string Title) : CanvasOperation, IAttributable
{
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool Anonymous { get; init; }

    internal override string? Capability => "themes";

    internal override CanvasError? Validate(CanvasState state, Actor actor, LabLimits limits) =>
        Rules.NewId(state, ThemeId) ?? Rules.Text(Title, limits.MaxTitleLength)
        ?? (state.Themes.Count >= limits.MaxThemes ? Errors.LimitThemes : null);

    internal override CanvasOperation Normalize(CanvasState state, Actor actor, DateTimeOffset at) =>
        this with { Anonymous = Rules.AddsAnonymously(state, actor) };

    internal override void Apply(CanvasState state, EventContext context) =>
        state.Themes[ThemeId] = new Theme { Id = ThemeId, Title = Title, Author = context.Author, Anonymous = Anonymous };
}
