using System.Collections.Immutable;
using System.Text.Json.Nodes;
using Laboratori.Contracts;
using Laboratori.Grains.Canvas.Model;
using Laboratori.Grains.Canvas.Operations;

namespace Laboratori.Grains.Canvas;

/// <summary>
/// What a participant may see of the canvas and of its events. Staff see everything; a participant does not read the
/// text of others' hidden cards (private mode), does not see who wrote others' anonymous items, and sees everyone
/// else's votes and reactions counted under <see cref="Nobody"/> rather than attributed. The same rules apply to the
/// state and to each event, so that folding the events a participant receives gives the state that participant is
/// shown (tests/Domain/CanvasViewTests checks it).
/// </summary>
public static class CanvasView
{
    /// <summary>The author a participant sees in place of someone they may not know.</summary>
    public const string Nobody = "";

    private const string RemovedType = "member.remove";

    /// <summary>Whether some participant must not see <paramref name="event"/> as it is.</summary>
    public static bool NeedsRedaction(CanvasEvent @event) => Redaction(@event) != Hide.None;

    /// <summary><paramref name="event"/> as the participant <paramref name="viewerId"/> sees it.</summary>
    public static CanvasEvent ForParticipant(CanvasEvent @event, string viewerId)
    {
        var hide = @event.Author == viewerId ? Hide.None : Redaction(@event);
        if (hide == Hide.None)
        {
            return @event;
        }

        var payload = @event.Payload;
        if (hide.HasFlag(Hide.Text))
        {
            var json = JsonNode.Parse(payload)!.AsObject();
            json["text"] = string.Empty;
            payload = json.ToJsonString(CanvasJson.Options);
        }

        // The clientOpId goes too: a client's ids share a prefix, which would tell whose the event is.
        return hide.HasFlag(Hide.Author) ? @event with { Author = Nobody, ClientOpId = Nobody, Payload = payload } : @event with { Payload = payload };
    }

    public static ImmutableArray<CanvasEvent> ForParticipant(IEnumerable<CanvasEvent> events, string viewerId) =>
        [.. events.Select(e => ForParticipant(e, viewerId))];

    /// <summary>
    /// <paramref name="events"/> for every audience of a node: as they are, and (only if some of them need it) as
    /// participants read others' events; with the lab's <paramref name="anonymous"/> mode and the members they removed.
    /// </summary>
    public static CommittedEvents ForEveryone(ImmutableArray<CanvasEvent> events, bool anonymous, long lastSeq)
    {
        var authors = events.Where(NeedsRedaction).Select(e => e.Author).Distinct().ToImmutableArray();
        var removed = events.Where(e => e.Type == RemovedType)
            .Select(e => ((RemoveMember)OperationCatalog.ParseStored(e.Type, e.Payload)).MemberId).ToImmutableArray();
        return new CommittedEvents(events, authors.IsEmpty ? [] : ForParticipant(events, Nobody), authors, anonymous, removed, lastSeq);
    }

    /// <summary>The events as <paramref name="actor"/> sees them: all of them for staff.</summary>
    public static EventPage For(Actor actor, EventPage page) =>
        actor.Role == Role.Participant ? page with { Events = ForParticipant(page.Events, actor.Id) } : page;

    /// <summary>The canvas as <paramref name="actor"/> sees it: all of it for staff.</summary>
    public static CanvasSnapshot For(Actor actor, CanvasSnapshot snapshot) =>
        actor.Role == Role.Participant ? snapshot with { State = ForParticipant(snapshot.State, actor.Id) } : snapshot;

    /// <summary>The state (JSON, as the canvas grain gives it) as the participant <paramref name="viewerId"/> sees it.</summary>
    public static string ForParticipant(string stateJson, string viewerId)
    {
        var state = CanvasFold.Deserialize(stateJson);
        ForParticipant(state, viewerId);
        return CanvasFold.Serialize(state);
    }

    /// <summary>Turns <paramref name="state"/> into what the participant <paramref name="viewerId"/> sees.</summary>
    public static void ForParticipant(CanvasState state, string viewerId)
    {
        foreach (var card in state.Cards.Values)
        {
            if (card.Author != viewerId)
            {
                card.Text = card.Hidden ? string.Empty : card.Text;
                card.Author = card.Anonymous ? Nobody : card.Author;
            }

            card.Votes = Counted(card.Votes, viewerId);
            card.Reactions = card.Reactions.ToDictionary(r => r.Key, r => Counted(r.Value, viewerId));
        }

        foreach (var link in state.Links.Values.Where(l => l.Anonymous && l.Author != viewerId))
        {
            link.Author = Nobody;
        }

        foreach (var comment in state.Comments.Values.Where(c => c.Anonymous && c.Author != viewerId))
        {
            comment.Author = Nobody;
        }

        foreach (var theme in state.Themes.Values.Where(t => t.Anonymous && t.Author != viewerId))
        {
            theme.Author = Nobody;
        }
    }

    /// <summary>The viewer's own count under their id, everyone else's summed under <see cref="Nobody"/>.</summary>
    private static Dictionary<string, int> Counted(Dictionary<string, int> byMember, string viewerId)
    {
        var counted = new Dictionary<string, int>();
        var others = byMember.Where(p => p.Key != viewerId).Sum(p => p.Value);
        if (others > 0)
        {
            counted[Nobody] = others;
        }

        if (byMember.TryGetValue(viewerId, out var own))
        {
            counted[viewerId] = own;
        }

        return counted;
    }

    private static Hide Redaction(CanvasEvent @event)
    {
        if (@event.Type is "vote.cast" or "vote.retract" or "reaction.add" or "reaction.remove")
        {
            return Hide.Author;
        }

        // Only a few payloads carry the flags (written only when true): look before parsing.
        if (!@event.Payload.Contains("\"hidden\"", StringComparison.Ordinal) && !@event.Payload.Contains("\"anonymous\"", StringComparison.Ordinal))
        {
            return Hide.None;
        }

        var json = JsonNode.Parse(@event.Payload)!.AsObject();
        return (json["hidden"]?.GetValue<bool>() == true ? Hide.Text : Hide.None)
            | (json["anonymous"]?.GetValue<bool>() == true ? Hide.Author : Hide.None);
    }

    [Flags]
    private enum Hide
    {
        None = 0,
        Text = 1,
        Author = 2,
    }
}
