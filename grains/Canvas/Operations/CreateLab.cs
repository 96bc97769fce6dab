using System.Collections.Immutable;
using System.Text.Json.Serialization;
using Laboratori.Contracts;
using Laboratori.Grains.Canvas.Model;

namespace Laboratori.Grains.Canvas.Operations;

/// <summary>
/// <c>lab.create</c>: the first event of every lab, written by the server: title, lanes, agenda and vote budget, and the
/// version of the programme's template it was made from (absent for a built-in template).
/// </summary>
public sealed record CreateLab(
    string Title,
    string TemplateId,
    ImmutableArray<LaneDefinition> Lanes,
    ImmutableArray<PhaseDefinition> Phases,
    int VoteBudget,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? TemplateVersion = null) : CanvasOperation
{
    internal override Permission Permission => Permission.System;

    /// <summary>Lanes and phases one canvas may have (the templates have at most 8 lanes, the matrix's cells, and 8 phases).</summary>
    public const int MaxLanes = 12;

    public const int MaxPhases = 24;

    /// <summary>The longest a phase may be planned to take: a whole day's sitting.</summary>
    public const int MaxPhaseMinutes = 480;

    private static readonly string[] Capabilities = ["cards", "links", "votes", "comments", "themes"];

    /// <summary>
    /// Live, the server writes this event from a template; an imported one comes from a file, so its agenda is checked
    /// like any input: ids, names, no null elements, phases that name known capabilities and lanes.
    /// </summary>
    internal override CanvasError? Validate(CanvasState state, Actor actor, LabLimits limits) =>
        state.Exists ? Errors.LabExists
        : Rules.Text(Title, limits.MaxTitleLength) ?? (Rules.IsValidId(TemplateId) ? null : Errors.BadId)
        ?? ValidateLanes(limits) ?? ValidatePhases(limits)
        ?? (VoteBudget >= 0 && VoteBudget <= limits.MaxVoteBudget ? null : Errors.BudgetOutOfRange)
        ?? (TemplateVersion is null or > 0 ? null : Errors.BadRequest.With("Versione del modello non valida.", "Invalid template version."));

    private CanvasError? ValidateLanes(LabLimits limits)
    {
        if (Lanes.IsDefaultOrEmpty || Lanes.Length > MaxLanes)
        {
            return Errors.BadRequest.With($"Da 1 a {MaxLanes} colonne.", $"1 to {MaxLanes} lanes.");
        }

        if (Lanes.Any(l => l is null))
        {
            return Rules.NullElement("lanes");
        }

        return Lanes.Select(l => (Rules.IsValidId(l.Id) ? null : Errors.BadId) ?? Rules.Text(l.Name, limits.MaxTitleLength) ?? Rules.Text(l.NameEn, limits.MaxTitleLength) ?? ValidateCell(l.Cell, limits) ?? ValidateGuide(l, limits))
            .FirstOrDefault(e => e is not null)
            ?? (Lanes.Select(l => l.Id).Distinct().Count() == Lanes.Length ? null : Errors.IdTaken);
    }

    // A matrix cell's row and column are shown like lane names: the same limits (a lab.create may come from an import).
    private static CanvasError? ValidateCell(MatrixCell? cell, LabLimits limits) => cell is null
        ? null
        : Rules.Text(cell.Row, limits.MaxTitleLength) ?? Rules.Text(cell.RowEn, limits.MaxTitleLength) ?? Rules.Text(cell.Column, limits.MaxTitleLength) ?? Rules.Text(cell.ColumnEn, limits.MaxTitleLength);

    // A programme template's lane says its kind and a prompt; an import may carry them too, so they are checked as input.
    private static CanvasError? ValidateGuide(LaneDefinition lane, LabLimits limits) =>
        (lane.Kind is null || LaneKinds.IsKnown(lane.Kind) ? null : Errors.BadRequest.With("Tipo di colonna sconosciuto.", "Unknown lane kind."))
        ?? Optional(lane.Prompt, limits.MaxTextLength) ?? Optional(lane.PromptEn, limits.MaxTextLength);

    private static CanvasError? ValidateGuide(PhaseDefinition phase, LabLimits limits) =>
        (phase.Minutes is null or (> 0 and <= MaxPhaseMinutes) ? null : Errors.BadRequest.With($"Durata della fase da 1 a {MaxPhaseMinutes} minuti.", $"A phase lasts 1 to {MaxPhaseMinutes} minutes."))
        ?? Optional(phase.Instructions, limits.MaxTextLength) ?? Optional(phase.InstructionsEn, limits.MaxTextLength);

    private static CanvasError? Optional(string? text, int maxLength) => text is null ? null : Rules.Text(text, maxLength);

    private CanvasError? ValidatePhases(LabLimits limits)
    {
        if (Phases.IsDefault || Phases.Length > MaxPhases)
        {
            return Errors.BadRequest.With($"Al massimo {MaxPhases} fasi.", $"At most {MaxPhases} phases.");
        }

        if (Phases.Any(p => p is null))
        {
            return Rules.NullElement("phases");
        }

        foreach (var phase in Phases)
        {
            if (((Rules.IsValidId(phase.Id) ? null : Errors.BadId) ?? Rules.Text(phase.Name, limits.MaxTitleLength) ?? Rules.Text(phase.NameEn, limits.MaxTitleLength) ?? ValidateGuide(phase, limits)) is { } error)
            {
                return error;
            }

            if (phase.Allows.IsDefault || phase.Lanes.IsDefault || phase.Allows.Any(a => a is null) || phase.Lanes.Any(l => l is null))
            {
                return Rules.NullElement("phases");
            }

            if (phase.Allows.Any(a => !Capabilities.Contains(a)))
            {
                return Errors.BadRequest.With("Fase con una capacità sconosciuta.", "A phase allows an unknown capability.");
            }

            if (phase.Lanes.Any(l => !Lanes.Any(lane => lane.Id == l)))
            {
                return Errors.LaneUnknown;
            }
        }

        return Phases.Select(p => p.Id).Distinct().Count() == Phases.Length ? null : Errors.IdTaken;
    }

    internal override void Apply(CanvasState state, EventContext context)
    {
        state.Title = Title;
        state.TemplateId = TemplateId;
        state.TemplateVersion = TemplateVersion;
        state.Lanes = [.. Lanes];
        state.Phases = [.. Phases];
        state.Phase = Phases.IsDefaultOrEmpty ? null : Phases[0].Id;
        state.VoteBudget = VoteBudget;
    }
}
