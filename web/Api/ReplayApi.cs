using System.Collections.Immutable;
using Laboratori.Contracts;
using Laboratori.Contracts.History;
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
        history.MapGet("/activity", async (string labId, IGrainFactory grains) =>
            TypedResults.Ok(await History(grains, labId).GetActivityAsync())).WithPaging();
        history.MapGet("/events", EventsByTimeAsync);
        history.MapGet("/state", StateAsync);
        return app;
    }

    private static async Task<Results<Ok<EventPage>, ProblemHttpResult>> EventsByTimeAsync(
        string labId, IGrainFactory grains, string? from = null, string? to = null, int limit = 500)
    {
        if (!SeqTarget.TryTime(from, DateTimeOffset.MinValue, out var start) || !SeqTarget.TryTime(to, DateTimeOffset.MaxValue, out var end) || limit is < 1 or > 1_000)
        {
            return ApiProblem.From(SeqTarget.BadTime);
        }

        return TypedResults.Ok(await History(grains, labId).GetEventsByTimeAsync(start, end, limit));
    }

    private static async Task<Results<Ok<CanvasSnapshot>, ProblemHttpResult>> StateAsync(string labId, IGrainFactory grains, long? seq = null, string? at = null)
    {
        var history = History(grains, labId);
        var target = await SeqTarget.ResolveAsync(history, seq, at);
        return target.Error is { } error ? ApiProblem.From(error) : TypedResults.Ok(await history.GetStateAtAsync(target.Seq));
    }

    private static IHistoryGrain History(IGrainFactory grains, string labId) => grains.GetGrain<IHistoryGrain>(labId);
}
