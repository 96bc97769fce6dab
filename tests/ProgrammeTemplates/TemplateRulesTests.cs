using Laboratori.Grains.Canvas;
using Laboratori.Web.ProgrammeTemplates;

namespace Laboratori.Tests.ProgrammeTemplates;

/// <summary>What the template editor may save: each kind of bad definition gets its own code, and a good one its normal form.</summary>
public sealed class TemplateRulesTests
{
    private static readonly LabLimits Limits = new();

    private static readonly TemplateColumn Needs = new(null, "Bisogni della casa", null, "need", "Che cosa manca?", null);

    /// <summary>Each bad template by name: the code it must get is the name up to <c>#</c>.</summary>
    private static readonly Dictionary<string, TemplateRequest> Bad = new(StringComparer.Ordinal)
    {
        ["template_no_columns#1"] = Template([]),
        ["template_rows_without_columns#2"] = Template([], rows: [new TemplateRow(null, "Riga", null)]),
        ["template_too_large#3"] = Template([.. Enumerable.Range(1, 9).Select(i => Column($"Colonna {i}"))]),
        ["template_too_large#4"] = Template([Column("A"), Column("B"), Column("C")], rows: [.. Enumerable.Range(1, 5).Select(i => new TemplateRow(null, $"Riga {i}", null))]),
        ["template_name_missing#5"] = Template([Column("  ")]),
        ["template_name_missing#6"] = Template([Needs]) with { Name = " " },
        ["template_name_missing#7"] = Template([Needs], rows: [new TemplateRow(null, "", null)]),
        ["template_key_duplicate#8"] = Template([Column("Bisogni"), Column("bisogni")]),
        ["template_key_duplicate#9"] = Template([Needs with { Key = "a" }, Column("Altro") with { Key = "a" }]),
        ["template_key_invalid#10"] = Template([Needs with { Key = "Non Valida!" }]),
        ["template_key_invalid#11"] = Template([Column("???")]),
        ["template_kind_unknown#12"] = Template([Needs with { Kind = "wish" }]),
        ["template_duration_invalid#13"] = Template([Needs], phases: [Phase("Ascolto", minutes: 0)]),
        ["template_duration_invalid#14"] = Template([Needs], phases: [Phase("Ascolto", minutes: 481)]),
        ["template_phase_invalid#15"] = Template([Needs], phases: [Phase("Ascolto", columns: ["nessuna"])]),
        ["template_phase_invalid#16"] = Template([Needs], phases: [Phase("Ascolto", allows: ["dance"])]),
        ["template_name_missing#17"] = Template([Needs], phases: [Phase("")]),
        ["template_budget_invalid#18"] = Template([Needs]) with { VoteBudget = 51 },
        ["template_budget_invalid#19"] = Template([Needs]) with { VoteBudget = -1 },
        ["text_too_long#20"] = Template([Needs with { Prompt = new string('x', 501) }]),
    };

    public static TheoryData<string> BadTemplates() => [.. Bad.Keys];

    [Theory]
    [MemberData(nameof(BadTemplates))]
    public void ABadTemplateIsRefusedWithItsCode(string name)
    {
        var code = name[..name.IndexOf('#', StringComparison.Ordinal)];

        var (value, error) = TemplateRules.Normalize(Bad[name], Limits);

        Assert.Null(value);
        Assert.Equal(code, error?.Code);
        Assert.False(string.IsNullOrWhiteSpace(error!.Message));
        Assert.False(string.IsNullOrWhiteSpace(error.MessageEn));
    }

    [Fact]
    public void AnErrorInAColumnSaysWhichColumn()
    {
        var (_, error) = TemplateRules.Normalize(Template([Needs, Column("")]), Limits);

        Assert.StartsWith("Colonna 2: ", error!.Message, StringComparison.Ordinal);
        Assert.StartsWith("Column 2: ", error.MessageEn, StringComparison.Ordinal);
    }

    [Fact]
    public void AGoodTemplateIsTrimmedKeyedFromItsNamesAndGivenEnglishNames()
    {
        var request = Template(
            [Needs with { Name = "  Bisogni della casà " }, new TemplateColumn(null, "Impegni", "Commitments", "action", " ", null)],
            phases: [Phase("Ascolto", minutes: 20, columns: ["bisogni-della-casa"]) with { Instructions = " Una scheda per bisogno. " }]);

        var (value, error) = TemplateRules.Normalize(request with { VoteBudget = null }, Limits);

        Assert.Null(error);
        Assert.Equal(["bisogni-della-casa", "impegni"], value!.Columns.Select(c => c.Key));
        Assert.Equal(["Bisogni della casà", "Bisogni della casà"], [value.Columns[0].Name!, value.Columns[0].NameEn!]);
        Assert.Equal("Commitments", value.Columns[1].NameEn);
        Assert.Null(value.Columns[1].Prompt);
        Assert.Equal("Una scheda per bisogno.", value.Phases[0].Instructions);
        Assert.Equal("Una scheda per bisogno.", value.Phases[0].InstructionsEn);
        Assert.Equal("ascolto", value.Phases[0].Key);
        Assert.Equal(TemplateRules.DefaultVoteBudget, value.VoteBudget);
    }

    private static TemplateColumn Column(string name) => new(null, name, null, "other", null, null);

    private static TemplatePhase Phase(string name, int? minutes = null, string[]? columns = null, string[]? allows = null) =>
        new(null, name, null, minutes, null, null, [.. allows ?? ["cards"]], [.. columns ?? []], []);

    private static TemplateRequest Template(TemplateColumn[] columns, TemplateRow[]? rows = null, TemplatePhase[]? phases = null) =>
        new("Casa e prossimità", null, [.. columns], [.. rows ?? []], [.. phases ?? []], 5);
}
