using System.Collections.Immutable;
using Laboratori.Contracts;
using Laboratori.Grains.Canvas.Model;
using Laboratori.Grains.Canvas.Operations;

namespace Laboratori.Grains.Canvas;

/// <summary>
/// Checks an archived log as if its events arrived one by one as operations: each must parse, pass the policy and its
/// operation's own rules against the canvas folded so far (lengths, ids, lanes, colours, coordinates, phase, lock…),
/// and record exactly what the server would have recorded (<see cref="CanvasOperation.Normalize"/>): a revealed
/// card's text, whether a card is hidden or anonymous. Nothing is caught: an event that would not pass is refused.
/// </summary>
internal static class ImportValidation
{
    /// <summary>The first reason the log cannot be imported by <paramref name="importer"/>, or null with the canvas it folds into.</summary>
    public static CanvasError? Validate(ImmutableArray<CanvasEvent> events, Actor importer, LabLimits limits, out CanvasState folded)
    {
        folded = new CanvasState();
        if (events.IsDefaultOrEmpty)
        {
            return Errors.ImportInvalid.With("Il registro non ha eventi.", "The log has no events.");
        }

        var previous = DateTimeOffset.MinValue;
        for (var i = 0; i < events.Length; i++)
        {
            var seq = i + 1L;
            if (Check(events[i], seq, previous, importer, folded, limits) is { } error)
            {
                folded = new CanvasState();
                return Errors.ImportInvalid.With($"Evento {seq}: {error.Message} ({error.Code})", $"Event {seq}: {error.MessageEn} ({error.Code})");
            }

            var e = events[i];
            previous = e.At;
            CanvasFold.Apply(folded, OperationCatalog.ParseStored(e.Type, e.Payload), new EventContext(seq, e.At, e.Author));
        }

        return null;
    }

    private static CanvasError? Check(CanvasEvent? e, long seq, DateTimeOffset previous, Actor importer, CanvasState state, LabLimits limits)
    {
        if (e is null || e.Type is null || e.Payload is null || e.Author is null || e.ClientOpId is null)
        {
            return Errors.BadRequest.With("evento incompleto.", "incomplete event.");
        }

        if (e.Seq != seq)
        {
            return Errors.BadRequest.With($"numero {e.Seq} fuori sequenza.", $"seq {e.Seq} out of sequence.");
        }

        if ((seq == 1) != (e.Type == EventTypes.LabCreate))
        {
            return Errors.BadRequest.With("il primo evento, e solo quello, è lab.create.", "the first event, and only that one, is lab.create.");
        }

        if (!Rules.IsValidMemberId(e.Author) || !Rules.IsValidId(e.ClientOpId))
        {
            return Errors.BadId;
        }

        if (e.At < previous)
        {
            return Errors.BadRequest.With("l'orario precede quello dell'evento prima.", "its time is before the previous event's.");
        }

        if (OperationCatalog.TryParseAny(e.Type, e.Payload, out var operation) is { } unparsed)
        {
            return unparsed;
        }

        var actor = ActorOf(state, e.Author);
        switch (operation)
        {
            case JoinMember join when join.MemberId != e.Author:
            case LeaveMember leave when leave.MemberId != e.Author:
                return Errors.BadRequest.With("presenza scritta per conto di altri.", "attendance written for someone else.");
            case JoinMember { Role: Role.Admin } when importer.Role != Role.Admin:
                return Errors.Forbidden.With("un ruolo più alto del proprio.", "a role above the importer's own.");
        }

        if (CanvasPolicy.Check(state, actor, operation!, limits) is { } refused)
        {
            return refused;
        }

        var expected = operation!.Normalize(state, actor, e.At);
        return OperationCatalog.Serialize(expected) == OperationCatalog.Serialize(operation)
            ? null
            : Errors.BadRequest.With("non è ciò che il server avrebbe registrato.", "it is not what the server would have recorded.");
    }

    /// <summary>
    /// Who the author was: a member acts with the role they joined with. Anyone else acting on a live canvas was staff
    /// running it (the creator, a co-facilitator), who may act without coming online; a trainer never acts.
    /// </summary>
    private static Actor ActorOf(CanvasState state, string author) =>
        state.Members.TryGetValue(author, out var member)
            ? new Actor(author, member.Role, member.DisplayName)
            : new Actor(author, Role.Facilitator, author);
}
