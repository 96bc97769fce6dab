using System.Text.Json.Serialization;
using Laboratori.Contracts;
using Laboratori.Grains.Canvas.Model;

namespace Laboratori.Grains.Canvas.Operations;

/// <summary><c>card.theme</c>: puts a card into a theme, or takes it out of its theme when <see cref="ThemeId"/> is null.</summary>
public sealed record SetCardTheme(string CardId, string? ThemeId) : CanvasOperation, IAttributable
{
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool Anonymous { get; init; }

    internal override string? Capability => "themes";

    internal override IEnumerable<string> CardsActedOn(CanvasState state) => [CardId];

    internal override CanvasError? Validate(CanvasState state, Actor actor, LabLimits limits) =>
        Rules.FindCard(state, CardId, out _) ?? (ThemeId is null || state.Themes.ContainsKey(ThemeId) ? null : Errors.ThemeNotFound);

    internal override CanvasOperation Normalize(CanvasState state, Actor actor, DateTimeOffset at) =>
        this with { Anonymous = Rules.ActsAnonymously(actor, state.Cards[CardId]) };

    internal override void Apply(CanvasState state, EventContext context) => state.Cards[CardId].ThemeId = ThemeId;
}
