using System.Globalization;
using Laboratori.Contracts;
using Laboratori.Contracts.History;

namespace Laboratori.Web.Api;

/// <summary>Which seq of a lab's log a read asks for: by <c>?seq=</c>, by time <c>?at=</c>, or the latest.</summary>
public static class SeqTarget
{
    public static readonly CanvasError BadTime =
        Errors.BadRequest.With("Orari in formato ISO 8601 (es. 2026-11-23T09:30:00Z); 1 ≤ limit ≤ 1000.", "Times in ISO 8601 (e.g. 2026-11-23T09:30:00Z); 1 ≤ limit ≤ 1000.");

    /// <summary>The seq asked for by <paramref name="seq"/> or by time <paramref name="at"/>; the latest when neither is given.</summary>
    public static async Task<(long Seq, CanvasError? Error)> ResolveAsync(IHistoryGrain history, long? seq, string? at)
    {
        if (at is not null)
        {
            return TryTime(at, default, out var time) ? (await history.GetSeqAtAsync(time), null) : (0, BadTime);
        }

        var last = await history.GetLastSeqAsync();
        var target = seq ?? last;
        return target < 0 || target > last ? (0, OutOfRange(last)) : (target, null);
    }

    public static CanvasError OutOfRange(long last) => Errors.SeqOutOfRange.With($"Da 0 a {last}.", $"From 0 to {last}.");

    /// <summary>Parses an ISO 8601 time (UTC when it names no offset); <paramref name="fallback"/> when <paramref name="text"/> is null.</summary>
    public static bool TryTime(string? text, DateTimeOffset fallback, out DateTimeOffset time)
    {
        time = fallback;
        return text is null || DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out time);
    }
}
