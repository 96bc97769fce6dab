using System.Collections.Immutable;
using Laboratori.Contracts;
using Laboratori.Grains.Canvas.Model;

namespace Laboratori.Grains.Canvas.Operations;

/// <summary><c>lab.create</c>: the first event of every lab, written by the server: title, lanes, agenda and vote budget.</summary>
public sealed record CreateLab(string Title, string TemplateId, ImmutableArray<LaneDefinition> Lanes, ImmutableArray<PhaseDefinition> Phases, int VoteBudget) : CanvasOperation
{
    internal override Permission Permission => Permission.System;

    internal override CanvasError? Validate(CanvasState state, Actor actor, LabLimits limits) =>
        state.Exists ? Errors.LabExists : Rules.Text(Title, limits.MaxTitleLength);

    internal override void Apply(CanvasState state, EventContext context)
    {
        state.Title = Title;
        state.TemplateId = TemplateId;
        state.Lanes = [.. Lanes];
        state.Phases = [.. Phases];
        state.Phase = Phases.IsDefaultOrEmpty ? null : Phases[0].Id;
        state.VoteBudget = VoteBudget;
    }
}
