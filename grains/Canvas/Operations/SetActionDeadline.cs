using System.Globalization;
using Laboratori.Contracts;
using Laboratori.Grains.Canvas.Model;

namespace Laboratori.Grains.Canvas.Operations;

/// <summary><c>action.deadline</c>: by when an action card is due, a date <c>yyyy-MM-dd</c>; <c>null</c> clears it.</summary>
public sealed record SetActionDeadline(string CardId, string? Deadline) : CanvasOperation
{
    internal override IEnumerable<string> CardsActedOn(CanvasState state) => [CardId];

    internal override CanvasError? Validate(CanvasState state, Actor actor, LabLimits limits) =>
        ActionRules.FindAction(state, actor, CardId, out _)
        ?? (Deadline is null || DateOnly.TryParseExact(Deadline, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _) ? null : Errors.DeadlineInvalid);

    internal override void Apply(CanvasState state, EventContext context) => ActionRules.FollowUp(state.Cards[CardId]).Deadline = Deadline;
}
