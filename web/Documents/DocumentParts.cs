using System.Collections.Immutable;
using System.Globalization;
using Laboratori.Contracts.Actions;
using Laboratori.Contracts.History;
using Laboratori.Grains.Actions;
using Laboratori.Grains.Cohesion;
using Laboratori.Grains.History.Synthesis;
using Laboratori.Web.Exports;

namespace Laboratori.Web.Documents;

/// <summary>The pieces the verbale and the relazioni share: the grid, the actions, the cohesion figures, Italian dates and numbers.</summary>
public static class DocumentParts
{
    private static readonly CultureInfo Italian = CultureInfo.GetCultureInfo("it-IT");

    public static string Date(DateTimeOffset at) => RomeTime.Of(at).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    public static string Time(DateTimeOffset at) => RomeTime.Of(at).ToString("HH:mm", CultureInfo.InvariantCulture);

    public static string Percent(double? share) => share is { } s ? (s * 100).ToString("0", Italian) + "%" : "—";

    public static string Number(double value) => value.ToString("0.#", Italian);

    public static DocumentParagraph Produced(DateTimeOffset now) =>
        new($"Documento prodotto il {Date(now)} alle {Time(now)} (ora italiana) da Laboratori di Co-progettazione.", Note: true);

    /// <summary>
    /// The griglia di sintesi: one row per theme, one column per lane; each card with its votes and who wrote it. A
    /// matrix template's grid has, under each theme, a row per matrix row with cards and a column per matrix column.
    /// </summary>
    public static DocumentTable Grid(SynthesisGrid grid) =>
        MatrixLayout.Of(grid.Lanes) is { } matrix
            ? MatrixTable(matrix, grid.Rows.Select(row => (ImmutableArray.Create(row.Title), row.Cards.Select(c => (c.Lane, Card(c, null))))))
            : new(["Tema / domanda", .. grid.Lanes.Select(l => l.Name)],
            [
                .. grid.Rows.Select(row => ImmutableArray.Create<ImmutableArray<string>>([row.Title])
                    .AddRange(grid.Lanes.Select(lane => row.Cards.Where(c => c.Lane == lane.Id).Select(c => Card(c, null)).ToImmutableArray()))),
            ], RowHeaders: true);

    /// <summary>The Tavolo Unificato: as the grid, each card with the lab it comes from.</summary>
    public static DocumentTable Unified(UnifiedSynthesis table) =>
        MatrixLayout.Of(table.Lanes) is { } matrix
            ? MatrixTable(matrix, table.Rows.Select(row => (ImmutableArray.Create(row.Title, $"({row.Labs.Length} lab.)"), row.Cards.Select(c => (c.Card.Lane, Card(c.Card, c.LabTitle))))))
            : new(["Tema / domanda", .. table.Lanes.Select(l => l.Name)],
            [
                .. table.Rows.Select(row => ImmutableArray.Create<ImmutableArray<string>>([row.Title, $"({row.Labs.Length} lab.)"])
                    .AddRange(table.Lanes.Select(lane => row.Cards.Where(c => c.Card.Lane == lane.Id).Select(c => Card(c.Card, c.LabTitle)).ToImmutableArray()))),
            ], RowHeaders: true);

    // A theme takes one table row per matrix row it has cards in (its title on the first), or one empty row.
    private static DocumentTable MatrixTable(MatrixLayout matrix, IEnumerable<(ImmutableArray<string> Theme, IEnumerable<(string Lane, string Text)> Cards)> themes)
    {
        var rows = ImmutableArray.CreateBuilder<ImmutableArray<ImmutableArray<string>>>();
        foreach (var (theme, cards) in themes)
        {
            var all = cards.ToList();
            var used = matrix.Rows.Where(r => r.Cells.Any(cell => cell is not null && all.Exists(c => c.Lane == cell.Id))).ToList();
            if (used.Count == 0)
            {
                rows.Add([theme, .. Enumerable.Repeat(ImmutableArray<string>.Empty, matrix.Columns.Length + 1)]);
                continue;
            }

            for (var i = 0; i < used.Count; i++)
            {
                rows.Add([i == 0 ? theme : [], [used[i].Name], .. used[i].Cells.Select(cell => cell is null ? [] : all.Where(c => c.Lane == cell.Id).Select(c => c.Text).ToImmutableArray())]);
            }
        }

        return new(["Tema / domanda", "Dimensione", .. matrix.Columns], rows.ToImmutable(), RowHeaders: true);
    }

    /// <summary>The actions with their owners, deadline and status, and what each answers.</summary>
    public static DocumentTable Actions(IEnumerable<(string? Lab, PlannedAction Action)> actions, bool withLab)
    {
        ImmutableArray<string> header = ["Azione", "Stato", "Scadenza", "Responsabili ed enti", "Risponde a"];
        return DocumentTable.Of(
            withLab ? header.Insert(0, "Laboratorio") : header,
            actions.Select(p =>
            {
                var a = p.Action;
                var flag = a.Overdue ? " (scaduta)" : a.DueSoon ? " (in scadenza)" : string.Empty;
                var row = new[]
                {
                    a.Text, ActionStatusNames.Italian(a.Status) + flag, ActionPlanMarkdown.Date(a.Deadline),
                    Join([.. a.People, .. a.Enti]), Join([.. a.Needs, .. a.Resources]),
                };
                return withLab ? row.Prepend(p.Lab ?? string.Empty) : row;
            }));
    }

    /// <summary>The lab's (or labs') cohesion figures in words (docs/cohesion.md).</summary>
    public static DocumentFacts Cohesion(CohesionReport report) =>
        new(
        [
            new("Partecipazione media", $"{Percent(report.ParticipationRate)} (in media {Number(report.AveragePresent)} presenti per incontro su {report.Adherents} adesioni{(report.Labs.Length > 1 ? $" di {report.Labs.Length} laboratori" : string.Empty)})"),
            new("Massa interattiva", $"{report.InteractivePeople} persone di {report.InteractiveEnti} enti hanno agito sui contributi di altri"),
            new("Interazioni", $"{report.Interactions} (di cui {report.AnonymousInteractions} anonime)"),
            new("Quota intersettoriale", $"{Percent(report.CrossSectorShare)} delle interazioni tra settori diversi"),
            new("Quota tra enti diversi", Percent(report.CrossEnteShare)),
            new("Continuità", $"{report.ContinuingEnti} enti presenti ad almeno {report.ContinuityK} incontri"),
            new("Contributi", $"{report.Contributions} (di cui {report.AnonymousContributions} anonimi)"),
        ]);

    /// <summary>Each ente's contributions and communityholder index.</summary>
    public static DocumentTable Enti(CohesionReport report) =>
        DocumentTable.Of(
            ["Ente", "Settore", "Persone", "Incontri", "Bisogni", "Risorse", "Azioni", "Indice communityholder"],
            report.Enti.Select(e => new[]
            {
                e.Name, SectorNames.Italian(e.Sector), Count(e.People), Count(e.MeetingsPresent), Count(e.Needs), Count(e.Resources), Count(e.Actions),
                Percent(e.CommunityholderIndex),
            }));

    private static string Card(SynthesisCard card, string? lab)
    {
        var votes = card.Votes > 0 ? $" ● {card.Votes}" : string.Empty;
        var author = card.OnBehalfOf is { } behalf ? $"{card.Author} · per conto di {behalf}" : card.Author;
        var by = card.Organisation is { Length: > 0 } organisation && organisation != card.OnBehalfOf ? $"{author}, {organisation}" : author;
        return $"{card.Text}{votes} — {by}{(lab is null ? string.Empty : $" [{lab}]")}{(card.ViaLink ? " (collegata)" : string.Empty)}";
    }

    private static string Join(IReadOnlyCollection<string> items) => items.Count == 0 ? "—" : string.Join("; ", items);

    private static string Count(int n) => n.ToString(CultureInfo.InvariantCulture);
}
