using System.Collections.Immutable;
using Laboratori.Contracts;
using Laboratori.Grains.Canvas.Model;

namespace Laboratori.Web.ProgrammeTemplates;

/// <summary>
/// Between the editor's form of a template (<see cref="TemplateRequest"/>) and the canvas's (<see cref="LabTemplate"/>):
/// a saved version becomes the lanes and phases a lab starts with, and a built-in template becomes a form to copy.
/// </summary>
public static class TemplateCompiler
{
    /// <summary>
    /// The canvas template of a normalised definition. Without rows each column is a lane keyed by the column's key; with
    /// rows each row × column is a cell keyed <c>{column}-{row}</c> (so a copy of the built-in matrix keeps its lane ids).
    /// No phases make one phase of open work.
    /// </summary>
    public static LabTemplate Compile(TemplateRequest definition, string key, int version, int maxTitleLength)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var lanes = new List<(LaneDefinition Lane, string Column, string? Row)>();
        if (definition.Rows.IsDefaultOrEmpty)
        {
            lanes.AddRange(definition.Columns.Select(c => (Lane(c, c.Key!, c.Name!, c.NameEn!, null), c.Key!, (string?)null)));
        }
        else
        {
            foreach (var row in definition.Rows)
            {
                foreach (var c in definition.Columns)
                {
                    var cell = new MatrixCell(row.Name!, row.NameEn!, c.Name!, c.NameEn!);
                    var name = Cut($"{c.Name}: {row.Name}", maxTitleLength);
                    var nameEn = Cut($"{c.NameEn}: {row.NameEn}", maxTitleLength);
                    lanes.Add((Lane(c, $"{c.Key}-{row.Key}", name, nameEn, cell), c.Key!, row.Key));
                }
            }
        }

        ImmutableArray<PhaseDefinition> phases = definition.Phases.IsDefaultOrEmpty
            ? [new PhaseDefinition("libera", "Lavoro libero", "Open work", ["cards", "links", "votes", "comments", "themes"], [])]
            : definition.Phases.Select(p => new PhaseDefinition(
                p.Key!, p.Name!, p.NameEn!, p.Allows,
                p.Columns.IsDefaultOrEmpty && p.Rows.IsDefaultOrEmpty ? []
                    : [.. lanes.Where(l => (p.Columns.IsDefaultOrEmpty || p.Columns.Contains(l.Column)) && (p.Rows.IsDefaultOrEmpty || l.Row is null || p.Rows.Contains(l.Row))).Select(l => l.Lane.Id)],
                p.Minutes, p.Instructions, p.InstructionsEn)).ToImmutableArray();
        return new LabTemplate(key, [.. lanes.Select(l => l.Lane)], phases, definition.VoteBudget ?? TemplateRules.DefaultVoteBudget, version);
    }

    /// <summary>A built-in template as the editor's form, to start a programme's own template from (names as given).</summary>
    public static TemplateRequest FromBuiltIn(LabTemplate template, string name, string nameEn)
    {
        ArgumentNullException.ThrowIfNull(template);
        var matrix = template.Lanes.All(l => l.Cell is not null);
        var columnOf = new Dictionary<string, string>(StringComparer.Ordinal);
        var rowOf = new Dictionary<string, string>(StringComparer.Ordinal);
        var columns = new List<TemplateColumn>();
        var rows = new List<TemplateRow>();
        foreach (var lane in template.Lanes)
        {
            var kind = LaneKinds.Name(LaneKinds.Of(lane.Id));
            if (!matrix)
            {
                columns.Add(new TemplateColumn(lane.Id, lane.Name, lane.NameEn, kind, lane.Prompt, lane.PromptEn));
                columnOf[lane.Id] = lane.Id;
                continue;
            }

            // A built-in matrix's cells are "{column}-{row number}": the column's key is what comes before the number.
            var columnKey = lane.Id[..lane.Id.LastIndexOf('-')];
            if (!columns.Exists(c => c.Key == columnKey))
            {
                columns.Add(new TemplateColumn(columnKey, lane.Cell!.Column, lane.Cell.ColumnEn, kind, lane.Prompt, lane.PromptEn));
            }

            if (!rows.Exists(r => r.Name == lane.Cell!.Row))
            {
                rows.Add(new TemplateRow((rows.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), lane.Cell!.Row, lane.Cell.RowEn));
            }

            columnOf[lane.Id] = columnKey;
            rowOf[lane.Id] = rows.Find(r => r.Name == lane.Cell!.Row)!.Key!;
        }

        var phases = template.Phases.Select(p =>
        {
            var inColumns = p.Lanes.Select(l => columnOf[l]).Distinct().ToList();
            var inRows = p.Lanes.Where(rowOf.ContainsKey).Select(l => rowOf[l]).Distinct().ToList();
            return new TemplatePhase(
                p.Id, p.Name, p.NameEn, p.Minutes, p.Instructions, p.InstructionsEn, p.Allows,
                inColumns.Count == columns.Count ? [] : [.. inColumns],
                inRows.Count == rows.Count ? [] : [.. inRows]);
        });
        return new TemplateRequest(name, nameEn, [.. columns], [.. rows], [.. phases], template.VoteBudget);
    }

    private static LaneDefinition Lane(TemplateColumn column, string id, string name, string nameEn, MatrixCell? cell) =>
        new(id, name, nameEn, cell, column.Kind, column.Prompt, column.PromptEn);

    private static string Cut(string text, int max) => text.Length <= max ? text : string.Concat(text.AsSpan(0, max - 1), "…");
}
