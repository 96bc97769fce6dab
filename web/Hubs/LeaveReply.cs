using Laboratori.Contracts;

namespace Laboratori.Web.Hubs;

/// <summary>The answer to <c>Leave</c>: <c>null</c> error once the connection is out of the lab (or was never in it).</summary>
public sealed record LeaveReply(CanvasError? Error);
