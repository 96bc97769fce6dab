using Laboratori.Contracts;
using Laboratori.Grains.Canvas.Model;
using Laboratori.Grains.Canvas.Operations;

namespace Laboratori.Grains.Canvas;

/// <summary>Whether an actor may apply an operation to the canvas as it is: role, membership, lock, phase, then the operation's own rules.</summary>
internal static class CanvasPolicy
{
    public static CanvasError? Check(CanvasState state, Actor actor, CanvasOperation operation, LabLimits limits)
    {
        if (!state.Exists && operation is not CreateLab)
        {
            return Errors.LabNotFound;
        }

        var error = operation.Permission switch
        {
            Permission.System => null,
            _ when actor.Role == Role.Trainer => Errors.Forbidden,
            Permission.Facilitator when !actor.IsStaffRunner => Errors.Forbidden,
            _ when actor.Role == Role.Tutor => CheckTutor(operation),
            _ when actor.Role == Role.Participant => CheckParticipant(state, actor, operation),
            _ => null,
        };
        return error ?? operation.Validate(state, actor, limits);
    }

    /// <summary>A tutor annotates (cards, comments, links) whatever the phase and the lock; the rest is the facilitator's or the participants'.</summary>
    private static CanvasError? CheckTutor(CanvasOperation operation) =>
        operation.Capability is "cards" or "comments" or "links"
            ? null
            : Errors.Forbidden.With("Chi fa da tutor annota e fa l’appello, ma non vota né organizza i temi.", "Tutors annotate and take the roll call; they do not vote or organise themes.");

    private static CanvasError? CheckParticipant(CanvasState state, Actor actor, CanvasOperation operation)
    {
        if (!state.Members.TryGetValue(actor.Id, out var member))
        {
            return Errors.NotInLab;
        }

        if (member.Removed)
        {
            return Errors.Removed;
        }

        if (state.Locked)
        {
            return Errors.CanvasLocked;
        }

        if (operation.Capability is { } capability && state.CurrentPhase is { } phase && !phase.Allows.Contains(capability))
        {
            return Errors.PhaseForbids.With($"Fase: {phase.Name}.", $"Phase: {phase.NameEn}.");
        }

        // While split, each table works in its own area: a participant acts only on the cards of their table.
        var table = state.GroupOf(actor.Id);
        return state.Split && operation.CardsActedOn(state).Any(id => state.Cards.TryGetValue(id, out var card) && card.GroupId != table)
            ? Errors.OtherGroup
            : null;
    }
}
