using System.Collections.Immutable;
using Laboratori.Contracts;

namespace Laboratori.Web.Hubs;

/// <summary>Events after a seq (at most 1,000; ask again while <see cref="HasMore"/>), or the error.</summary>
public sealed record CatchUpReply(ImmutableArray<CanvasEvent> Events, long LastSeq, bool HasMore, CanvasError? Error)
{
    public static CatchUpReply From(EventPage page) => new(page.Events, page.LastSeq, page.HasMore, null);

    public static CatchUpReply Failed(CanvasError error) => new([], 0, false, error);
}
