using System.Diagnostics.CodeAnalysis;
using Laboratori.Contracts;
using Laboratori.Contracts.Labs;
using Laboratori.Grains.Canvas;
using Laboratori.Grains.Canvas.Operations;
using Laboratori.Grains.Labs;
using Laboratori.Web.Api;
using Laboratori.Web.Attendance;
using Laboratori.Web.Auth;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;

namespace Laboratori.Web.Hubs;

/// <summary>
/// The live lab: join, apply operations, catch up, presence. Thin on purpose: roles are resolved by
/// <see cref="LabAccess"/>, rules live in the canvas grain, events reach the group through <see cref="LabBroadcaster"/>
/// and presence through <see cref="PresenceRelay"/>.
/// </summary>
public sealed class LabHub(
    LabAccess access,
    IGrainFactory grains,
    LabConnections connections,
    LabBroadcaster broadcaster,
    PresenceRelay presenceRelay,
    IOptions<LabLimits> limits,
    SilentConnectionGuard silence,
    PresenceNode node,
    RosterNames names,
    OnBehalfResolver onBehalf,
    TimeProvider time) : Hub<ILabClient>
{
    /// <summary>Everyone in the lab on this node: events that everyone reads as they are, presence.</summary>
    public static string GroupName(string labId) => "lab:" + labId;

    /// <summary>Facilitators, trainers and admins in the lab: they read every event as it is.</summary>
    public static string StaffGroupName(string labId) => "lab:" + labId + ":staff";

    /// <summary>Participants in the lab: they read some events in a version for them (<see cref="CommittedEvents"/>).</summary>
    public static string ParticipantsGroupName(string labId) => "lab:" + labId + ":participants";

    public async Task<JoinReply> Join(string labId, long? afterSeq)
    {
        if (Caller.From(Context.User!) is not { } caller)
        {
            return JoinReply.Failed(Errors.Unauthorized);
        }

        if (!Ids.IsWellFormed(labId))
        {
            return JoinReply.Failed(Errors.LabNotFound);
        }

        if (!Session.Joins.TryTake())
        {
            return JoinReply.Failed(Errors.RateLimited);
        }

        var found = await access.ResolveAsync(caller, labId);
        if (found is not { Lab: { } lab, Actor: { } actor })
        {
            return JoinReply.Failed(found.Error ?? Errors.Forbidden);
        }

        var canvas = grains.GetGrain<ICanvasGrain>(labId);
        var session = Session;
        if (!session.Labs.ContainsKey(labId))
        {
            var member = await ProfileAsync(labId, actor);
            var participant = actor.Role == Role.Participant;
            if (connections.Add(labId, actor.Id, Context.ConnectionId, participant))
            {
                OperationResult recorded;
                try
                {
                    recorded = await canvas.HoldPresenceAsync(node.Id, member, present: true);
                }
                catch
                {
                    // The lab's silo is unreachable (failing over): the connection is not in the lab, so a retry joins afresh.
                    connections.Remove(labId, actor.Id, Context.ConnectionId);
                    throw;
                }

                if (recorded is { Error: { } error })
                {
                    connections.Remove(labId, actor.Id, Context.ConnectionId);
                    return JoinReply.Failed(error);
                }
            }

            session.Labs[labId] = member;
            await Groups.AddToGroupAsync(Context.ConnectionId, GroupName(labId));
            await Groups.AddToGroupAsync(Context.ConnectionId, participant ? ParticipantsGroupName(labId) : StaffGroupName(labId));
            await broadcaster.AttachAsync(labId);
        }

        // Read after joining the group: events committed from here on are pushed, and the client drops those it already has.
        var you = new MemberView(actor.Id, actor.Role, actor.DisplayName);
        var view = LabView.From(lab, Context.GetHttpContext()?.Request, actor.Role != Role.Participant);
        if (afterSeq is >= 0 and var after)
        {
            var page = await canvas.GetEventsAsync(actor, after, 1_000);
            if (!page.HasMore && after <= page.LastSeq)
            {
                return new JoinReply(view, you, null, await names.NameAsync(labId, page), null) { ServerTime = time.GetUtcNow(), Limits = ClientLimits.From(limits.Value) };
            }
        }

        return new JoinReply(view, you, await names.NameAsync(labId, await canvas.GetStateAsync(actor)), null, null) { ServerTime = time.GetUtcNow(), Limits = ClientLimits.From(limits.Value) };
    }

    public async Task<OperationResult> Apply(string labId, OperationMessage? operation)
    {
        var clientOpId = operation?.ClientOpId ?? string.Empty;
        if (!InLab(labId, out var member))
        {
            return OperationResult.Refused(clientOpId, Errors.NotInLab);
        }

        if (!Session.Operations.TryTake())
        {
            return OperationResult.Refused(clientOpId, Errors.RateLimited);
        }

        if (operation is not { ClientOpId: not null, Type: not null } || operation.Payload.ValueKind != System.Text.Json.JsonValueKind.Object)
        {
            return OperationResult.Refused(clientOpId, Errors.BadRequest.With("Servono clientOpId, type e payload (un oggetto).", "clientOpId, type and payload (an object) are required."));
        }

        var request = new OperationRequest(operation.ClientOpId, operation.Type, operation.Payload.GetRawText());
        var canvas = grains.GetGrain<ICanvasGrain>(labId);
        if (member.Role == Role.Participant)
        {
            // A participant's token names this one lab (the credentials filter checks it on every call) and the canvas
            // refuses a removed member itself: no access reads before the operation, which from a node other than the
            // canvas's were two more calls to other silos, one after the other (docs/performance.md, "Cluster").
            return await canvas.ApplyAsync(new Actor(member.Id, member.Role, member.DisplayName), request);
        }

        // Staff are looked up again: an assignment to the lab's edizione may have ended since they joined.
        var found = await access.ResolveAsync(Context.User!, labId);
        if (found.Actor is not { } actor)
        {
            return OperationResult.Refused(clientOpId, found.Error ?? Errors.Forbidden);
        }

        var (resolved, refused) = await onBehalf.ResolveAsync(labId, request);
        return refused is not null ? OperationResult.Refused(clientOpId, refused) : await canvas.ApplyAsync(actor, resolved);
    }

    public async Task<CatchUpReply> CatchUp(string labId, long afterSeq)
    {
        if (!InLab(labId, out var member))
        {
            return CatchUpReply.Failed(Errors.NotInLab);
        }

        if (!Session.CatchUps.TryTake())
        {
            return CatchUpReply.Failed(Errors.RateLimited);
        }

        return afterSeq < 0
            ? CatchUpReply.Failed(Errors.SeqOutOfRange)
            : CatchUpReply.From(await names.NameAsync(labId, await grains.GetGrain<ICanvasGrain>(labId).GetEventsAsync(new Actor(member.Id, member.Role, member.DisplayName), afterSeq, 1_000)));
    }

    public void Presence(string labId, PresenceMessage? presence)
    {
        if (presence is null || !InLab(labId, out var member) || !Session.Presence.TryTake())
        {
            return;
        }

        var cursor = presence.Cursor is { } c && Rules.Position(c.X, c.Y) is null ? c : null;
        var editing = Rules.IsValidId(presence.Editing) ? presence.Editing : null;
        var viewport = presence.Viewport is { } v && Rules.Position(v.X, v.Y) is null && Rules.Position(v.Width, v.Height) is null && v is { Width: >= 0, Height: >= 0 } ? v : null;
        presenceRelay.Post(labId, new PresenceUpdate(member.Id, member.DisplayName, cursor, editing, viewport) { Participant = member.Role == Role.Participant });
    }

    /// <summary>Leaves the lab; <c>error</c> is <c>rate_limited</c> (and the connection stays in the lab) when it comes too often.</summary>
    public async Task<LeaveReply> Leave(string labId)
    {
        if (labId is null || !Session.Labs.ContainsKey(labId))
        {
            return new LeaveReply(null);
        }

        if (!Session.Joins.TryTake())
        {
            return new LeaveReply(Errors.RateLimited);
        }

        await LeaveAsync(labId);
        return new LeaveReply(null);
    }

    public override Task OnConnectedAsync()
    {
        silence.Watch(Context);
        return base.OnConnectedAsync();
    }

    public override async Task OnDisconnectedAsync(Exception? exception)
    {
        foreach (var labId in Session.Labs.Keys.ToList())
        {
            await LeaveAsync(labId);
        }

        await base.OnDisconnectedAsync(exception);
    }

    private async Task LeaveAsync(string labId)
    {
        if (!Session.Labs.Remove(labId, out var member))
        {
            return;
        }

        await Groups.RemoveFromGroupAsync(Context.ConnectionId, GroupName(labId));
        await Groups.RemoveFromGroupAsync(Context.ConnectionId, member.Role == Role.Participant ? ParticipantsGroupName(labId) : StaffGroupName(labId));
        await broadcaster.DetachAsync(labId);
        if (connections.Remove(labId, member.Id, Context.ConnectionId))
        {
            await grains.GetGrain<ICanvasGrain>(labId).HoldPresenceAsync(node.Id, member, present: false);
        }
    }

    /// <summary>Whether this connection joined the lab and was not taken out of it since (a removed participant).</summary>
    private bool InLab(string? labId, [MaybeNullWhen(false)] out MemberProfile member)
    {
        member = null;
        return labId is not null && Session.Labs.TryGetValue(labId, out member) && connections.Holds(labId, member.Id, Context.ConnectionId);
    }

    private async Task<MemberProfile> ProfileAsync(string labId, Actor actor)
    {
        // The lab's roster, already active for the access check, rather than the participant's own grain: activating
        // that for every join would keep one more activation per person in memory (docs/performance.md).
        if (actor.Role == Role.Participant && await grains.GetGrain<ILaboratorioGrain>(labId).GetEnrolmentAsync(actor.Id) is { } enrolment)
        {
            return new MemberProfile(actor.Id, enrolment.DisplayName, enrolment.Organisation, enrolment.Sector, actor.Role);
        }

        return new MemberProfile(actor.Id, actor.DisplayName, string.Empty, Sector.Altro, actor.Role);
    }

    private ConnectionSession Session =>
        Context.Items.TryGetValue(typeof(ConnectionSession), out var session) ? (ConnectionSession)session!
            : (ConnectionSession)(Context.Items[typeof(ConnectionSession)] = new ConnectionSession(limits.Value, time));
}
