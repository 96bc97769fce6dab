using System.Text.Json;
using Laboratori.Contracts;
using Laboratori.Grains.Canvas.Model;
using Laboratori.Grains.Canvas.Operations;
using Laboratori.Grains.Canvas;

namespace Laboratori.Grains.Cohesion;

/// <summary>
/// Folds a lab's events into a <see cref="CohesionLog"/>: the canvas fold, plus who acted on whose contribution. Only
/// participants count (staff run the room, they are not the community); an anonymous side is kept as null.
/// </summary>
public static class CohesionFold
{
    public static CohesionLog Fold(CohesionLog? start, IEnumerable<CanvasEvent> events)
    {
        var log = start ?? new CohesionLog();
        foreach (var @event in events)
        {
            if (@event.Seq != log.Seq + 1)
            {
                throw new InvalidDataException($"Event {@event.Seq} does not follow {log.Seq}.");
            }

            Apply(log, @event);
        }

        return log;
    }

    public static void Apply(CohesionLog log, CanvasEvent @event)
    {
        var operation = OperationCatalog.ParseStored(@event.Type, @event.Payload);
        var state = log.Canvas;
        var meeting = state.OpenMeeting?.Number;
        Before(log, operation, @event, meeting);
        CanvasFold.Apply(state, operation, new EventContext(@event.Seq, @event.At, @event.Author));
        After(log, operation);
    }

    public static string Serialize(CohesionLog log) => JsonSerializer.Serialize(log, CanvasJson.Options);

    public static CohesionLog Deserialize(string json) =>
        JsonSerializer.Deserialize<CohesionLog>(json, CanvasJson.Options) ?? throw new InvalidDataException("Empty cohesion snapshot.");

    /// <summary>What the event means for cohesion, read against the canvas before it applies (cards it names still exist).</summary>
    private static void Before(CohesionLog log, CanvasOperation operation, CanvasEvent @event, int? meeting)
    {
        var state = log.Canvas;
        var actor = @event.Author;
        switch (operation)
        {
            case AddCard { OnBehalfOf: { } behalf } add:
                // Written for someone: it counts for them (or their ente), not for the facilitator or tutor who typed it.
                log.Contributions.Add(new Contribution(@event.Seq, meeting, LaneKinds.Of(add.Lane), PartyFor(log, behalf)));
                break;
            case AddCard add when PartyOf(log, actor, add.Anonymous, out var by):
                log.Contributions.Add(new Contribution(@event.Seq, meeting, LaneKinds.Of(add.Lane), by));
                break;
            case AddLink link:
                Acted(log, @event.Seq, meeting, InteractionKinds.Link, actor, link.Anonymous, link.From);
                Acted(log, @event.Seq, meeting, InteractionKinds.Link, actor, link.Anonymous, link.To);
                break;
            case AddComment comment:
                Acted(log, @event.Seq, meeting, InteractionKinds.Comment, actor, comment.Anonymous, comment.CardId);
                break;
            case CastVote vote:
                Acted(log, @event.Seq, meeting, InteractionKinds.Vote, actor, state.Anonymous, vote.CardId);
                break;
            case AddReaction reaction:
                Acted(log, @event.Seq, meeting, InteractionKinds.Reaction, actor, state.Anonymous, reaction.CardId);
                break;
            case SetActionOwners owners when state.Cards.TryGetValue(owners.CardId, out var action):
                // Taking on an action is a communityholder's contribution, counted once per person who takes it on.
                foreach (var person in owners.People.Except(action.FollowUp?.People ?? []))
                {
                    if (PartyOf(log, person, anonymous: false, out var owner))
                    {
                        log.Contributions.Add(new Contribution(@event.Seq, meeting, ContributionKind.Action, owner));
                    }
                }

                break;
            case MergeCards merge when state.Cards.TryGetValue(merge.CardId, out var merged):
                // The facilitator merges, but the two authors are the ones whose contributions turned out to be one.
                Acted(log, @event.Seq, meeting, InteractionKinds.Merge, merged.Author, merged.Anonymous, merge.IntoId);
                break;
        }
    }

    private static void After(CohesionLog log, CanvasOperation operation)
    {
        var state = log.Canvas;
        switch (operation)
        {
            case OpenMeeting when state.OpenMeeting is { } opened:
                var present = log.Attendance[opened.Number] = [];
                foreach (var member in state.Members.Values.Where(m => m.Present && m.Role == Role.Participant))
                {
                    present[member.Id] = Describe(log, member);
                }

                break;
            case JoinMember join when state.OpenMeeting is { } open && state.Members[join.MemberId] is { Role: Role.Participant } member:
                log.Attendance[open.Number][member.Id] = Describe(log, member);
                break;
        }
    }

    /// <summary>Records <paramref name="actor"/> acting on card <paramref name="cardId"/>, unless it is their own or either side is staff.</summary>
    private static void Acted(CohesionLog log, long seq, int? meeting, string kind, string actor, bool anonymous, string cardId)
    {
        if (!log.Canvas.Cards.TryGetValue(cardId, out var card) || card.Author == actor)
        {
            return;
        }

        if (card.OnBehalfOf is { } behalf)
        {
            // A card written for someone is theirs: acting on it is an interaction with them (not with the one who typed it).
            var owner = PartyFor(log, behalf);
            if (owner.PersonId != actor && PartyOf(log, actor, anonymous, out var from))
            {
                log.Interactions.Add(new Interaction(seq, meeting, kind, from, owner));
            }

            return;
        }

        if (PartyOf(log, actor, anonymous, out var source) && PartyOf(log, card.Author, card.Anonymous, out var target))
        {
            log.Interactions.Add(new Interaction(seq, meeting, kind, source, target));
        }
    }

    /// <summary>
    /// The party a card written <em>per conto di</em> counts for: the person (as the canvas knows them once they have
    /// joined, else with the organisation and sector the event recorded), or the ente, with no person.
    /// </summary>
    private static Party PartyFor(CohesionLog log, OnBehalfOf behalf)
    {
        if (behalf.Kind == OnBehalfOf.MemberKind && log.Canvas.Members.TryGetValue(behalf.Id, out var member))
        {
            return Describe(log, member);
        }

        var organisation = behalf.Organisation ?? string.Empty;
        var ente = Enti.Key(organisation);
        if (ente.Length > 0)
        {
            log.EnteNames.TryAdd(ente, organisation.Trim());
        }

        return new Party(behalf.Kind == OnBehalfOf.MemberKind ? behalf.Id : string.Empty, ente, behalf.Sector ?? Sector.Altro);
    }

    /// <summary>
    /// False when <paramref name="memberId"/> is not a participant (staff, or unknown); otherwise true, with their party,
    /// or null when <paramref name="anonymous"/>: counted, never attributed.
    /// </summary>
    private static bool PartyOf(CohesionLog log, string memberId, bool anonymous, out Party? party)
    {
        party = null;
        if (!log.Canvas.Members.TryGetValue(memberId, out var member) || member.Role != Role.Participant)
        {
            return false;
        }

        party = anonymous ? null : Describe(log, member);
        return true;
    }

    private static Party Describe(CohesionLog log, Member member)
    {
        var ente = Enti.Key(member.Organisation);
        if (ente.Length > 0)
        {
            log.EnteNames.TryAdd(ente, member.Organisation.Trim());
        }

        return new Party(member.Id, ente, member.Sector);
    }
}
