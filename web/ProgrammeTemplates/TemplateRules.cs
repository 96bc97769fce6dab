using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Laboratori.Contracts;
using Laboratori.Grains.Canvas;
using Laboratori.Grains.Canvas.Model;
using Laboratori.Grains.Canvas.Operations;

namespace Laboratori.Web.ProgrammeTemplates;

/// <summary>
/// What a template the editor sends must satisfy, and its normal form: texts trimmed, English names defaulting to the
/// Italian ones, keys made from names where none was given. The first problem found is the answer.
/// </summary>
public static class TemplateRules
{
    public const int MaxColumns = 8;

    public const int MaxRows = 6;

    public const int MaxPhases = 16;

    public const int MaxKeyLength = 30;

    /// <summary>Participants' votes when the template does not say.</summary>
    public const int DefaultVoteBudget = 5;

    private static readonly string[] Capabilities = ["cards", "links", "votes", "comments", "themes"];

    public static (TemplateRequest? Value, CanvasError? Error) Normalize(TemplateRequest? request, LabLimits limits)
    {
        ArgumentNullException.ThrowIfNull(limits);
        if (request is null)
        {
            return (null, TemplateErrors.NoColumns);
        }

        var columns = request.Columns.IsDefault ? ImmutableArray<TemplateColumn>.Empty : request.Columns;
        var rows = request.Rows.IsDefault ? ImmutableArray<TemplateRow>.Empty : request.Rows;
        var phases = request.Phases.IsDefault ? ImmutableArray<TemplatePhase>.Empty : request.Phases;
        if (columns.Any(c => c is null) || rows.Any(r => r is null) || phases.Any(p => p is null))
        {
            return (null, Rules.NullElement("columns, rows, phases"));
        }

        if (columns.IsEmpty)
        {
            return (null, rows.IsEmpty ? TemplateErrors.NoColumns : TemplateErrors.RowsWithoutColumns);
        }

        if (columns.Length > MaxColumns || rows.Length > MaxRows || columns.Length * Math.Max(1, rows.Length) > CreateLab.MaxLanes || phases.Length > MaxPhases)
        {
            return (null, TemplateErrors.TooLarge);
        }

        var title = limits.MaxTitleLength;
        if (Name(request.Name, request.NameEn, title).Error is { } nameError)
        {
            return (null, nameError);
        }

        var normal = new List<TemplateColumn>();
        foreach (var column in columns)
        {
            var (name, nameEn, error) = Name(column.Name, column.NameEn, title);
            var kind = string.IsNullOrWhiteSpace(column.Kind) ? "other" : column.Kind.Trim();
            error ??= LaneKinds.IsKnown(kind) ? null : TemplateErrors.KindUnknown;
            var (prompt, promptEn, promptError) = Guide(column.Prompt, column.PromptEn, limits.MaxTextLength);
            if ((error ?? promptError) is { } found)
            {
                return (null, In(found, "Colonna", "Column", normal.Count + 1));
            }

            normal.Add(new TemplateColumn(Key(column.Key, name), name, nameEn, kind, prompt, promptEn));
        }

        var normalRows = new List<TemplateRow>();
        foreach (var row in rows)
        {
            var (name, nameEn, error) = Name(row.Name, row.NameEn, title);
            if (error is not null)
            {
                return (null, In(error, "Riga", "Row", normalRows.Count + 1));
            }

            normalRows.Add(new TemplateRow(Key(row.Key, name), name, nameEn));
        }

        var normalPhases = new List<TemplatePhase>();
        foreach (var phase in phases)
        {
            var n = normalPhases.Count + 1;
            var (name, nameEn, error) = Name(phase.Name, phase.NameEn, title);
            var (instructions, instructionsEn, guideError) = Guide(phase.Instructions, phase.InstructionsEn, limits.MaxTextLength);
            error ??= guideError ?? (phase.Minutes is null or (> 0 and <= CreateLab.MaxPhaseMinutes) ? null : TemplateErrors.DurationInvalid);
            var allows = phase.Allows.IsDefault ? ImmutableArray<string>.Empty : phase.Allows;
            var inColumns = phase.Columns.IsDefault ? ImmutableArray<string>.Empty : phase.Columns;
            var inRows = phase.Rows.IsDefault ? ImmutableArray<string>.Empty : phase.Rows;
            error ??= allows.All(a => Capabilities.Contains(a)) && inColumns.All(c => normal.Exists(k => k.Key == c)) && inRows.All(r => normalRows.Exists(k => k.Key == r))
                ? null : TemplateErrors.PhaseInvalid;
            if (error is not null)
            {
                return (null, In(error, "Fase", "Phase", n));
            }

            normalPhases.Add(new TemplatePhase(Key(phase.Key, name), name, nameEn, phase.Minutes, instructions, instructionsEn, [.. allows.Distinct()], [.. inColumns.Distinct()], [.. inRows.Distinct()]));
        }

        var keys = new[] { normal.Select(c => c.Key), normalRows.Select(r => r.Key), normalPhases.Select(p => p.Key) };
        if (keys.SelectMany(k => k).Any(k => !IsValidKey(k)))
        {
            return (null, TemplateErrors.KeyInvalid);
        }

        if (keys.Any(k => k.Distinct(StringComparer.Ordinal).Count() != k.Count()))
        {
            return (null, TemplateErrors.KeyDuplicate);
        }

        var budget = request.VoteBudget ?? DefaultVoteBudget;
        if (budget < 0 || budget > limits.MaxVoteBudget)
        {
            return (null, TemplateErrors.BudgetInvalid.With($"Da 0 a {limits.MaxVoteBudget}.", $"0 to {limits.MaxVoteBudget}."));
        }

        var (templateName, templateNameEn, _) = Name(request.Name, request.NameEn, title);
        return (new TemplateRequest(templateName, templateNameEn, [.. normal], [.. normalRows], [.. normalPhases], budget), null);
    }

    /// <summary>A key as the server makes it from a name: lower case, no accents, words joined by hyphens.</summary>
    public static string KeyFrom(string name)
    {
        var text = new StringBuilder();
        foreach (var c in name.Normalize(NormalizationForm.FormD).ToLowerInvariant())
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            text.Append(char.IsAsciiLetterOrDigit(c) ? c : '-');
        }

        var key = string.Join('-', text.ToString().Split('-', StringSplitOptions.RemoveEmptyEntries));
        return key.Length > MaxKeyLength ? key[..MaxKeyLength].TrimEnd('-') : key;
    }

    /// <summary>The error as said of one item, so that people find what to fix: "Colonna 2: …".</summary>
    private static CanvasError In(CanvasError error, string item, string itemEn, int number) =>
        error with { Message = $"{item} {number}: {error.Message}", MessageEn = $"{itemEn} {number}: {error.MessageEn}" };

    private static bool IsValidKey(string? key) =>
        key is { Length: > 0 and <= MaxKeyLength } && key.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-');

    private static string Key(string? given, string name) => string.IsNullOrWhiteSpace(given) ? KeyFrom(name) : given.Trim();

    private static (string Name, string NameEn, CanvasError? Error) Name(string? name, string? nameEn, int max)
    {
        var it = name?.Trim() ?? string.Empty;
        var en = string.IsNullOrWhiteSpace(nameEn) ? it : nameEn.Trim();
        return it.Length == 0
            ? (it, en, TemplateErrors.NameMissing)
            : (it, en, Rules.Text(it, max) ?? Rules.Text(en, max));
    }

    private static (string? Text, string? TextEn, CanvasError? Error) Guide(string? text, string? textEn, int max)
    {
        var it = string.IsNullOrWhiteSpace(text) ? null : text.Trim();
        var en = string.IsNullOrWhiteSpace(textEn) ? it : textEn.Trim();
        return (it, en, (it is null ? null : Rules.Text(it, max)) ?? (en is null ? null : Rules.Text(en, max)));
    }
}
