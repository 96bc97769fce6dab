using Laboratori.Grains.Canvas;
using Laboratori.Grains.Canvas.Operations;
using Laboratori.Grains.Contracts;
using Laboratori.Grains.Participants;
using Laboratori.Web.Api;
using Laboratori.Web.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;

namespace Laboratori.Web.Hubs;

/// <summary>
/// The live lab: join, apply operations, catch up, presence. Thin on purpose: roles are resolved by
/// <see cref="LabAccess"/>, rules live in the canvas grain, and events reach the group through <see cref="LabBroadcaster"/>.
/// </summary>
[Authorize]
public sealed class LabHub(
    LabAccess access,
    IGrainFactory grains,
    LabConnections connections,
    LabBroadcaster broadcaster,
    IOptions<LabLimits> limits,
    TimeProvider time) : Hub<ILabClient>
{
    public static string GroupName(string labId) => "lab:" + labId;

    public async Task<JoinReply> Join(string labId, long? afterSeq)
    {
        if (Caller.From(Context.User!) is not { } caller)
        {
            return JoinReply.Failed(Errors.Unauthorized);
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
            var member = await ProfileAsync(actor);
            if (connections.Add(labId, actor.Id) && await canvas.RecordPresenceAsync(member, present: true) is { Error: { } error })
            {
                connections.Remove(labId, actor.Id);
                return JoinReply.Failed(error);
            }

            session.Labs[labId] = member;
            await Groups.AddToGroupAsync(Context.ConnectionId, GroupName(labId));
            await broadcaster.AttachAsync(labId);
        }

        // Read after joining the group: events committed from here on are pushed, and the client drops those it already has.
        var you = new MemberView(actor.Id, actor.Role, actor.DisplayName);
        var view = LabView.From(lab, Context.GetHttpContext()?.Request, actor.Role != Role.Participant);
        if (afterSeq is >= 0 and var after)
        {
            var page = await canvas.GetEventsAsync(after, 1_000);
            if (!page.HasMore && after <= page.LastSeq)
            {
                return new JoinReply(view, you, null, page, null);
            }
        }

        return new JoinReply(view, you, await canvas.GetStateAsync(), null, null);
    }

    public async Task<OperationResult> Apply(string labId, OperationMessage? operation)
    {
        var clientOpId = operation?.ClientOpId ?? string.Empty;
        if (!Session.Labs.ContainsKey(labId))
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

        var actor = await ActorAsync(labId);
        return actor is null
            ? OperationResult.Refused(clientOpId, Errors.Forbidden)
            : await grains.GetGrain<ICanvasGrain>(labId).ApplyAsync(actor, new OperationRequest(operation.ClientOpId, operation.Type, operation.Payload.GetRawText()));
    }

    public async Task<CatchUpReply> CatchUp(string labId, long afterSeq)
    {
        if (!Session.Labs.ContainsKey(labId))
        {
            return CatchUpReply.Failed(Errors.NotInLab);
        }

        return afterSeq < 0
            ? CatchUpReply.Failed(Errors.SeqOutOfRange)
            : CatchUpReply.From(await grains.GetGrain<ICanvasGrain>(labId).GetEventsAsync(afterSeq, 1_000));
    }

    public async Task Presence(string labId, PresenceMessage? presence)
    {
        if (presence is null || !Session.Labs.TryGetValue(labId, out var member) || !Session.Presence.TryTake())
        {
            return;
        }

        var cursor = presence.Cursor is { } c && Rules.Position(c.X, c.Y) is null ? c : null;
        var editing = Rules.IsValidId(presence.Editing) ? presence.Editing : null;
        await Clients.OthersInGroup(GroupName(labId)).Presence(labId, new PresenceUpdate(member.Id, member.DisplayName, cursor, editing));
    }

    public Task Leave(string labId) => LeaveAsync(labId);

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
        await broadcaster.DetachAsync(labId);
        if (connections.Remove(labId, member.Id))
        {
            await grains.GetGrain<ICanvasGrain>(labId).RecordPresenceAsync(member, present: false);
        }
    }

    /// <summary>The caller's role is resolved again per operation, so that a change of facilitators applies at once.</summary>
    private async Task<Actor?> ActorAsync(string labId) =>
        Caller.From(Context.User!) is { } caller ? (await access.ResolveAsync(caller, labId)).Actor : null;

    private async Task<MemberProfile> ProfileAsync(Actor actor)
    {
        if (actor.Role == Role.Participant && await grains.GetGrain<IParticipantGrain>(actor.Id).GetAsync() is { } participant)
        {
            return new MemberProfile(actor.Id, participant.Profile.DisplayName, participant.Profile.Organisation, participant.Profile.Sector, actor.Role);
        }

        return new MemberProfile(actor.Id, actor.DisplayName, string.Empty, Sector.Altro, actor.Role);
    }

    private ConnectionSession Session =>
        Context.Items.TryGetValue(typeof(ConnectionSession), out var session) ? (ConnectionSession)session!
            : (ConnectionSession)(Context.Items[typeof(ConnectionSession)] = new ConnectionSession(limits.Value, time));
}
