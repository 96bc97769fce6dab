using Laboratori.Grains.Canvas;
using Laboratori.Grains.Canvas.Model;
using Laboratori.Grains.Labs;
using Laboratori.Web.ProgrammeTemplates;

namespace Laboratori.Tests.ProgrammeTemplates;

/// <summary>A saved template becomes the lanes and phases a lab starts with; a built-in one becomes a form to copy.</summary>
public sealed class TemplateCompilerTests
{
    private static readonly LabLimits Limits = new();

    [Fact]
    public void ATemplateWithRowsIsAMatrixOfCellsRowByRow()
    {
        var (definition, _) = TemplateRules.Normalize(new TemplateRequest("Da → A", null,
            [new TemplateColumn(null, "Da", "From", "need", "Com'è oggi?", null), new TemplateColumn(null, "A", "To", "resource", null, null)],
            [new TemplateRow(null, "Servizi", "Services"), new TemplateRow(null, "Comunità", "Community")],
            [new TemplatePhase(null, "Servizi", null, 15, "Prima i servizi.", null, ["cards"], [], ["servizi"])], 3), Limits);

        var template = TemplateCompiler.Compile(definition!, "tpl-prova", 4, Limits.MaxTitleLength);

        Assert.Equal(["da-servizi", "a-servizi", "da-comunita", "a-comunita"], template.Lanes.Select(l => l.Id));
        Assert.Equal(("Servizi", "Services", "Da", "From"), (template.Lanes[0].Cell!.Row, template.Lanes[0].Cell!.RowEn, template.Lanes[0].Cell!.Column, template.Lanes[0].Cell!.ColumnEn));
        Assert.Equal("Da: Servizi", template.Lanes[0].Name);
        Assert.Equal(("need", "Com'è oggi?", "Com'è oggi?"), (template.Lanes[2].Kind, template.Lanes[2].Prompt, template.Lanes[2].PromptEn));
        Assert.Equal(["da-servizi", "a-servizi"], template.Phases.Single().Lanes.ToArray());
        Assert.Equal((15, "Prima i servizi."), (template.Phases[0].Minutes, template.Phases[0].Instructions));
        Assert.Equal(("tpl-prova", 4, 3), (template.Id, template.Version, template.VoteBudget));
    }

    [Fact]
    public void NoPhasesMakeOnePhaseOfOpenWork()
    {
        var (definition, _) = TemplateRules.Normalize(new TemplateRequest("Libero", null, [new TemplateColumn(null, "Idee", null, null, null, null)], [], [], null), Limits);

        var phase = TemplateCompiler.Compile(definition!, "tpl-libero", 1, Limits.MaxTitleLength).Phases.Single();

        Assert.Equal(("libera", 5, 0), (phase.Id, phase.Allows.Length, phase.Lanes.Length));
    }

    [Theory]
    [MemberData(nameof(BuiltIns))]
    public void ACopyOfABuiltInTemplateMakesTheSameLanesAndPhases(string id)
    {
        var builtIn = Templates.All[id];
        var (definition, error) = TemplateRules.Normalize(TemplateCompiler.FromBuiltIn(builtIn, "Copia", "Copy"), Limits);
        Assert.Null(error);

        var copy = TemplateCompiler.Compile(definition!, "tpl-copia", 1, Limits.MaxTitleLength);

        Assert.Equal(builtIn.Lanes.Select(l => l.Id), copy.Lanes.Select(l => l.Id));
        Assert.Equal(builtIn.Lanes.Select(l => l.Cell), copy.Lanes.Select(l => l.Cell));
        Assert.Equal(builtIn.Phases.Select(p => (p.Id, string.Join(',', p.Allows), string.Join(',', p.Lanes))), copy.Phases.Select(p => (p.Id, string.Join(',', p.Allows), string.Join(',', p.Lanes))));
        Assert.Equal(builtIn.Lanes.Select(l => LaneKinds.Of(l.Id)), copy.Lanes.Select(l => LaneKinds.Parse(l.Kind!)));
    }

    [Fact]
    public void ALaneSaysItsOwnKindWhateverItsId()
    {
        var state = new CanvasState { Lanes = [new("impegni", "Impegni", "Commitments", Kind: "action"), new("bisogni", "Bisogni", "Needs")] };

        Assert.Equal(ContributionKind.Action, state.KindOf("impegni"));
        Assert.Equal(ContributionKind.Need, state.KindOf("bisogni"));
        Assert.Equal(ContributionKind.Other, state.KindOf("altrove"));
    }

    public static TheoryData<string> BuiltIns() => [.. Templates.All.Keys.Order(StringComparer.Ordinal)];
}
