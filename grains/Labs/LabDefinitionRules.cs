using Laboratori.Contracts;
using Laboratori.Contracts.Labs;
using Laboratori.Grains.Canvas;
using Laboratori.Grains.Canvas.Operations;

namespace Laboratori.Grains.Labs;

/// <summary>What a lab's definition must satisfy, whether it comes from the create form or from a file to import.</summary>
public static class LabDefinitionRules
{
    /// <summary>The first thing wrong with <paramref name="definition"/>, or null.</summary>
    public static CanvasError? Validate(LabDefinition definition, LabLimits limits)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(limits);
        var max = limits.MaxTitleLength;
        return Rules.Text(definition.Title, max) ?? Optional(definition.Theme, max) ?? Optional(definition.Mandate, limits.MaxTextLength)
            ?? Optional(definition.Percorso, max) ?? Optional(definition.Edizione, max) ?? Optional(definition.Sede, max)
            ?? (Templates.All.ContainsKey(definition.TemplateId) ? null : Errors.BadRequest.With("Modello sconosciuto.", "Unknown template."));
    }

    private static CanvasError? Optional(string? text, int maxLength) =>
        string.IsNullOrEmpty(text) ? null : Rules.Text(text, maxLength);
}
