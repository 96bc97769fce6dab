using Laboratori.Contracts;
using Laboratori.Grains.Canvas;
using Laboratori.Grains.Canvas.Model;
using Laboratori.Grains.Canvas.Operations;

namespace Laboratori.Tests.ProgrammeTemplates;

/// <summary>
/// <c>lab.create</c> carries a programme template's lane kinds and prompts, phase minutes and instructions and its
/// version; an imported log may carry them too, so they are checked like any input.
/// </summary>
public sealed class CreateLabGuideTests
{
    private static readonly Actor Server = new("staff-f", Role.Facilitator, "Facilitatore");

    private static readonly LaneDefinition Lane = new("impegni", "Impegni", "Commitments", Kind: "action", Prompt: "Chi fa che cosa?", PromptEn: "Who does what?");

    private static readonly PhaseDefinition Phase = new("ascolto", "Ascolto", "Listening", ["cards"], [], Minutes: 20, Instructions: "Una scheda a testa.", InstructionsEn: "One card each.");

    [Fact]
    public void AGuidedTemplateIsAcceptedAndFoldedAsWritten()
    {
        var create = new CreateLab("Casa", "tpl-casa", [Lane], [Phase], 3, TemplateVersion: 2);
        var state = new CanvasState();

        Assert.Null(create.Validate(state, Server, new LabLimits()));
        create.Apply(state, new EventContext(1, DateTimeOffset.UnixEpoch, Server.Id));
        Assert.Equal((2, "action", 20), (state.TemplateVersion, state.Lanes[0].Kind, state.Phases[0].Minutes));
    }

    [Theory]
    [InlineData("kind")]
    [InlineData("prompt")]
    [InlineData("minutes-zero")]
    [InlineData("minutes-too-many")]
    [InlineData("instructions")]
    [InlineData("version")]
    public void ABadGuideIsRefused(string what)
    {
        var create = what switch
        {
            "kind" => new CreateLab("Casa", "tpl-casa", [Lane with { Kind = "wish" }], [Phase], 3),
            "prompt" => new CreateLab("Casa", "tpl-casa", [Lane with { Prompt = new string('x', 501) }], [Phase], 3),
            "minutes-zero" => new CreateLab("Casa", "tpl-casa", [Lane], [Phase with { Minutes = 0 }], 3),
            "minutes-too-many" => new CreateLab("Casa", "tpl-casa", [Lane], [Phase with { Minutes = CreateLab.MaxPhaseMinutes + 1 }], 3),
            "instructions" => new CreateLab("Casa", "tpl-casa", [Lane], [Phase with { Instructions = " " }], 3),
            _ => new CreateLab("Casa", "tpl-casa", [Lane], [Phase], 3, TemplateVersion: 0),
        };

        Assert.NotNull(create.Validate(new CanvasState(), Server, new LabLimits()));
    }
}
