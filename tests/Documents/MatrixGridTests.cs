using Laboratori.Contracts;
using Laboratori.Grains.Canvas.Model;
using Laboratori.Grains.Canvas.Operations;
using Laboratori.Grains.Cohesion;
using Laboratori.Grains.History.Synthesis;
using Laboratori.Grains.Labs;
using Laboratori.Tests.Domain;
using Laboratori.Web.Documents;
using static Laboratori.Tests.Domain.Scenario;

namespace Laboratori.Tests.Documents;

/// <summary>
/// The stakeholder → communityholder matrix outside the room: its lanes make a 4 × 2 layout, the documents' grid lays
/// a theme's cards out by matrix row and column, a cell's row and column are checked like lane names, and the cells
/// count for the communityholder index as needs and resources.
/// </summary>
public sealed class MatrixGridTests
{
    private static readonly LabTemplate Matrix = Templates.All["stakeholder-communityholder"];

    [Fact]
    public void TheTemplateIsFourRowsOfAStakeholderAndACommunityholderCell()
    {
        var layout = MatrixLayout.Of(Matrix.Lanes);

        Assert.NotNull(layout);
        Assert.Equal<string>(["Stakeholder", "Communityholder"], layout.Columns);
        Assert.Equal(4, layout.Rows.Length);
        Assert.Equal(["stakeholder-3", "communityholder-3"], layout.Rows[2].Cells.Select(c => c?.Id));
        Assert.Equal("3. Delega la gestione del bisogno (richiesta) → Partecipa alla gestione", layout.Rows[2].Name);
        Assert.Null(MatrixLayout.Of(Templates.All[Templates.Default].Lanes));
    }

    [Fact]
    public void TheGridOfAMatrixLabHasARowPerMatrixRowWithCardsUnderEachTheme()
    {
        var s = MatrixScenario();
        s.Do(Facilitator, "theme.add", new { themeId = "t1", title = "Anziani" }).Ok();
        s.AddCard(Anna, "c1", "stakeholder-2");
        s.AddCard(Bruno, "c2", "communityholder-2");
        s.AddCard(Anna, "c3", "communityholder-4");
        s.AddCard(Bruno, "c4", "stakeholder-1");
        foreach (var card in new[] { "c1", "c2", "c3" })
        {
            s.Do(Facilitator, "card.theme", new { cardId = card, themeId = "t1" }).Ok();
        }

        var table = DocumentParts.Grid(SynthesisBuilder.Build("lab-m", s.State, null));

        Assert.Equal<string>(["Tema / domanda", "Dimensione", "Stakeholder", "Communityholder"], table.Header);
        Assert.True(table.RowHeaders);
        var rows = table.Rows.Select(r => string.Join(" | ", r.Select(cell => string.Join(" + ", cell)))).ToList();
        Assert.Equal(
            [
                "Anziani | 2. Consuma le risorse → Contribuisce come risorsa | Testo c1 — Anna | Testo c2 — Bruno",
                " | 4. Ripetizione della richiesta → Incremento di competenze di gestione |  | Testo c3 — Anna",
                "Senza tema | 1. Tutela i propri interessi → Competenze da offrire alla comunità | Testo c4 — Bruno | ",
            ],
            rows);
    }

    [Fact]
    public void AMatrixCellWithAnEmptyOrOverlongRowIsRefusedLikeALaneName()
    {
        var empty = Matrix.Lanes.SetItem(0, Matrix.Lanes[0] with { Cell = new MatrixCell(" ", "Row", "Stakeholder", "Stakeholder") });
        var overlong = Matrix.Lanes.SetItem(1, Matrix.Lanes[1] with { Cell = new MatrixCell("Riga", "Row", "Communityholder", new string('x', 121)) });

        Assert.Equal("text_empty", new Scenario(create: false).Apply(Facilitator, new CreateLab("Matrice", Matrix.Id, empty, Matrix.Phases, 5))?.Code);
        Assert.Equal("text_too_long", new Scenario(create: false).Apply(Facilitator, new CreateLab("Matrice", Matrix.Id, overlong, Matrix.Phases, 5))?.Code);
        Assert.Null(new Scenario(create: false).Apply(Facilitator, new CreateLab("Matrice", Matrix.Id, Matrix.Lanes, Matrix.Phases, 5)));
    }

    [Theory]
    [InlineData("stakeholder-1", ContributionKind.Need)]
    [InlineData("stakeholder-4", ContributionKind.Need)]
    [InlineData("communityholder-2", ContributionKind.Resource)]
    [InlineData("stakeholder", ContributionKind.Need)]
    [InlineData("da", ContributionKind.Other)]
    public void MatrixCellsCountAsNeedsAndResources(string lane, ContributionKind kind) => Assert.Equal(kind, LaneKinds.Of(lane));

    private static Scenario MatrixScenario()
    {
        var s = new Scenario(create: false);
        s.Must(Facilitator, new CreateLab("Da stakeholder a communityholder", Matrix.Id, Matrix.Lanes, Matrix.Phases, 5));
        foreach (var p in new[] { Anna, Bruno })
        {
            s.Must(p, new JoinMember(p.Id, p.DisplayName, string.Empty, Sector.Cittadino, Role.Participant));
        }

        s.Do(Facilitator, "lab.phase", new { phase = "libera" }).Ok();
        return s;
    }
}
