using Laboratori.Contracts;
using Laboratori.Grains.Canvas.Model;

namespace Laboratori.Grains.Canvas.Operations;

/// <summary><c>action.status</c>: how far an action card has got (<see cref="ActionStatuses"/>).</summary>
public sealed record SetActionStatus(string CardId, string Status) : CanvasOperation
{
    internal override IEnumerable<string> CardsActedOn(CanvasState state) => [CardId];

    internal override CanvasError? Validate(CanvasState state, Actor actor, LabLimits limits) =>
        ActionRules.FindAction(state, actor, CardId, out _) ?? (ActionStatuses.All.Contains(Status) ? null : Errors.StatusUnknown);

    internal override void Apply(CanvasState state, EventContext context) => ActionRules.FollowUp(state.Cards[CardId]).Status = Status;
}
