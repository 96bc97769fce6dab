using Laboratori.Grains.Contracts;
using Laboratori.Web.Api;

namespace Laboratori.Web.Hubs;

/// <summary>
/// The answer to <c>Join</c>: the lab, who you are in it, and either the canvas now (<see cref="State"/>) or the events
/// after the seq you already hold (<see cref="Events"/>); or only <see cref="Error"/>.
/// </summary>
public sealed record JoinReply(LabView? Lab, MemberView? You, CanvasSnapshot? State, EventPage? Events, CanvasError? Error)
{
    public static JoinReply Failed(CanvasError error) => new(null, null, null, null, error);
}
