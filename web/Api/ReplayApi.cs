using System.Collections.Immutable;
using Laboratori.Contracts;
using Laboratori.Contracts.History;
using Laboratori.Web.Attendance;
using Laboratori.Web.Auth;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Laboratori.Web.Api;

/// <summary>A lab's replay for the staff who may open it: timeline, activity per member, events by time, the state at a seq or time.</summary>
public static class ReplayApi
{
    public static IEndpointRouteBuilder MapReplayApi(this IEndpointRouteBuilder app)
    {
        var history = app.MapGroup("/api/labs/{labId}/history").RequireLabRole(LabRequirement.Staff, LabRefusals.History);
        history.MapGet("/timeline", async (string labId, IGrainFactory grains, int buckets = 200) =>
            TypedResults.Ok(await History(grains, labId).GetTimelineAsync(buckets)));
        history.MapGet("/activity", async (string labId, IGrainFactory grains, RosterNames names) =>
            TypedResults.Ok(Named(await History(grains, labId).GetActivityAsync(), await names.ForLabAsync(labId)))).WithPaging();
        history.MapGet("/events", EventsByTimeAsync);
        history.MapGet("/state", StateAsync);
        return app;
    }

    private static async Task<Results<Ok<EventPage>, ProblemHttpResult>> EventsByTimeAsync(
        string labId, IGrainFactory grains, RosterNames names, string? from = null, string? to = null, int limit = 500)
    {
        if (!SeqTarget.TryTime(from, DateTimeOffset.MinValue, out var start) || !SeqTarget.TryTime(to, DateTimeOffset.MaxValue, out var end) || limit is < 1 or > 1_000)
        {
            return ApiProblem.From(SeqTarget.BadTime);
        }

        return TypedResults.Ok(await names.NameAsync(labId, await History(grains, labId).GetEventsByTimeAsync(start, end, limit)));
    }

    private static async Task<Results<Ok<CanvasSnapshot>, ProblemHttpResult>> StateAsync(string labId, IGrainFactory grains, RosterNames names, long? seq = null, string? at = null)
    {
        var history = History(grains, labId);
        var target = await SeqTarget.ResolveAsync(history, seq, at);
        return target.Error is { } error ? ApiProblem.From(error) : TypedResults.Ok(await names.NameAsync(labId, await history.GetStateAtAsync(target.Seq)));
    }

    /// <summary>Participants named from the roster (their joins carry no name), in the same order as the grain gave them.</summary>
    private static ImmutableArray<MemberActivity> Named(ImmutableArray<MemberActivity> activity, IReadOnlyDictionary<string, string> names) =>
        [.. activity.Select(a => a.Role == Role.Participant && names.TryGetValue(a.MemberId, out var name) ? a with { DisplayName = name } : a)];

    private static IHistoryGrain History(IGrainFactory grains, string labId) => grains.GetGrain<IHistoryGrain>(labId);
}
